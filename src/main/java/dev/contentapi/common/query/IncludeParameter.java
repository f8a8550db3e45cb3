package dev.contentapi.common.query;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.contentapi.common.error.ProblemException;

/** Reads {@code include=author,films}: related items to add to a response, from a per-type allow-list. */
public final class IncludeParameter {

    public static final String NAME = "include";

    private IncludeParameter() {
    }

    public static Set<String> parse(String raw, Set<String> allowed) {
        if (raw == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : raw.split(",", -1)) {
            if (!allowed.contains(name)) {
                String problem = name.isEmpty() ? "has an empty name" : "cannot include '" + name + "'";
                throw ProblemException.invalidParameter(NAME, problem + "; allowed: "
                        + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed)));
            }
            names.add(name);
        }
        return Set.copyOf(names);
    }
}
