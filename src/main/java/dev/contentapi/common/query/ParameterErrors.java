package dev.contentapi.common.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;

/** Reads several parameters and reports every one that is wrong at once, not only the first. */
public final class ParameterErrors {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Answers what the reader reads, or null after noting the problem if the parameter is invalid. */
    public <T> T check(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.INVALID_PARAMETER) {
                throw e;
            }
            problems.addAll(e.errors());
            return null;
        }
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalidParameters(problems);
        }
    }
}
