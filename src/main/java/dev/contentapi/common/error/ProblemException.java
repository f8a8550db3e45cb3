package dev.contentapi.common.error;

import java.util.List;

/**
 * A request the API refuses, for a reason the client can act on. Services and resources throw it; one mapper turns it
 * into a problem response.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public static ProblemException conflict(String detail, String pointer) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(FieldProblem.pointer(pointer, detail)));
    }

    public static ProblemException invalidBody(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? "One field breaks a rule; see errors[]."
                : errors.size() + " fields break rules; see errors[].";
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** One or more query or path parameters are wrong; each problem names its parameter. */
    public static ProblemException invalidParameters(List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? "Parameter '" + errors.get(0).parameter() + "' " + errors.get(0).detail() + "."
                : errors.size() + " request parameters are invalid; see errors[].";
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail, errors);
    }

    public static ProblemException invalidParameter(String name, String detail) {
        return invalidParameters(List.of(FieldProblem.parameter(name, detail)));
    }
}
