package dev.contentapi.support.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The one way out of the contract check, for a request whose answer cannot be held to the document for a reason the
 * test states: {@code given().filter(Contract.unchecked("why")).get(…)}. Every use is a reason to read.
 */
public final class Contract {

    private Contract() {
    }

    /** A request whose answer {@link ContractFilter} leaves unchecked, for this reason (required, never blank). */
    public static Filter unchecked(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why this answer is not checked against the document");
        }
        return new Unchecked(reason);
    }

    /** Marks a request as unchecked; does nothing else. */
    record Unchecked(String reason) implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            return context.next(request, response);
        }
    }
}
