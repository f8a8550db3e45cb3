package dev.contentapi.common.http;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.error.UnreadableBodies;
import dev.contentapi.common.error.ViolationPointers;

/** Validates bodies built in code (a merge patch applied to the current item), naming fields by JSON pointer. */
@ApplicationScoped
public class BodyValidation {

    private final Validator validator;
    private final ObjectMapper json;

    BodyValidation(Validator validator, ObjectMapper json) {
        this.validator = validator;
        this.json = json;
    }

    /**
     * Applies a JSON Merge Patch to the body that would write the item as it is, reads the result as a body of that
     * type and validates it: what a PATCH then writes like a PUT.
     */
    public <T> T patch(T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            // RFC 7396: any other value (null included) would replace the whole item, which no item can be
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "A merge patch must be a JSON object: any other value would replace the whole item.");
        }
        try {
            return check(json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), type));
        } catch (JsonProcessingException e) {
            throw UnreadableBodies.problem(e);
        }
    }

    public <T> T check(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<FieldProblem> errors = violations.stream()
                    .map(violation -> FieldProblem.pointer(ViolationPointers.of(violation.getPropertyPath(), 0),
                            violation.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::pointer))
                    .toList();
            throw ProblemException.invalidBody(errors);
        }
        return body;
    }
}
