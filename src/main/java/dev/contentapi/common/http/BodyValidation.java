package dev.contentapi.common.http;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ViolationPointers;

/** Validates a body that was built in code (a merge patch applied to the current item), with JSON pointers. */
@ApplicationScoped
public class BodyValidation {

    private final Validator validator;

    BodyValidation(Validator validator) {
        this.validator = validator;
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
