package dev.contentapi.common.error;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.contentapi.common.http.StrictJson;

/**
 * A body that is not JSON of the expected shape, as a problem: bad syntax, a property the operation does not know, a
 * value of the wrong type. The field at fault is named by JSON pointer; Jackson's own words, which name Java types,
 * are not sent. Used for bodies as they arrive and for merge patches applied to an item.
 */
public final class UnreadableBodies {

    private UnreadableBodies() {
    }

    public static ProblemException problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The body has a property this operation does not know.",
                    List.of(FieldProblem.pointer(pointer(unknown), "is not a property of this body")));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && StrictJson.hasNul(text)) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "A text in the body holds the NUL character (U+0000), which is not accepted.",
                    List.of(FieldProblem.pointer(pointer(invalid), "holds the NUL character (U+0000)")));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "A value in the body has the wrong type.",
                    List.of(FieldProblem.pointer(pointer(mismatch), "has the wrong type")));
        }
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON.");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            String step = reference.getFieldName() != null ? reference.getFieldName()
                    : Integer.toString(reference.getIndex());
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
