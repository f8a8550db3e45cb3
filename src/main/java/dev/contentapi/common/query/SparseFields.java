package dev.contentapi.common.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.contentapi.common.error.ProblemException;

/**
 * Sparse fields: {@code fields=title,publishedAt} keeps only those fields of the items in {@code data}, and
 * {@code fields[people]=name} those of the records in {@code included.people}. Identity and links ({@code id},
 * {@code slug}, {@code self}) are always kept. Without any such parameter the response is written as it is.
 */
public final class SparseFields {

    public static final String PARAMETER = "fields";
    private static final Set<String> ALWAYS = Set.of("id", "slug", "self");

    private final Set<String> data;
    private final Map<String, Set<String>> included;

    private SparseFields(Set<String> data, Map<String, Set<String>> included) {
        this.data = data;
        this.included = included;
    }

    /** Fields of the main type, read against the names of its response record. */
    public static SparseFields of(String raw, Class<? extends Record> type, ParameterErrors errors) {
        return new SparseFields(errors.check(() -> names(PARAMETER, raw, type)), new LinkedHashMap<>());
    }

    /** Adds the fields of an included type: {@code fields[people]}. */
    public SparseFields and(String includedKey, String raw, Class<? extends Record> type, ParameterErrors errors) {
        Set<String> names = errors.check(() -> names(PARAMETER + "[" + includedKey + "]", raw, type));
        if (names != null) {
            included.put(includedKey, names);
        }
        return this;
    }

    /** The document with only the fields asked for, or the document itself when none were. */
    public Object apply(Object document, ObjectMapper json) {
        if (data == null && included.isEmpty()) {
            return document;
        }
        JsonNode tree = json.valueToTree(document);
        if (data != null) {
            prune(tree.get("data"), data);
        }
        JsonNode relations = tree.get("included");
        if (relations != null) {
            included.forEach((key, names) -> prune(relations.get(key), names));
        }
        return tree;
    }

    private static void prune(JsonNode node, Set<String> keep) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> prune(item, keep));
        } else if (node instanceof ObjectNode object) {
            object.retain(keep);
        }
    }

    private static Set<String> names(String parameter, String raw, Class<? extends Record> type) {
        if (raw == null) {
            return null;
        }
        Set<String> allowed = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(component -> allowed.add(component.getName()));
        Set<String> names = new LinkedHashSet<>(ALWAYS);
        for (String name : raw.split(",", -1)) {
            if (!allowed.contains(name)) {
                throw ProblemException.invalidParameter(parameter, (name.isEmpty() ? "has an empty field"
                        : "has no field '" + name + "'") + "; allowed: " + String.join(", ", allowed));
            }
            names.add(name);
        }
        return names;
    }
}
