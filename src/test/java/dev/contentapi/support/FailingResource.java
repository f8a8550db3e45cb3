package dev.contentapi.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only resource that fails the way a real bug would: an unexpected exception whose message holds SQL and whose
 * cause has a telling class name. It lives outside {@code /api/v1}, only on the test classpath, and is hidden from the
 * OpenAPI document.
 */
@PermitAll
@Path(FailingResource.PATH)
public class FailingResource {

    public static final String PATH = "/test-support/fail";
    public static final String SECRET_SQL = "SELECT secret FROM users WHERE id = 42";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("Query failed: " + SECRET_SQL,
                new LeakyDatabaseFailure("relation users is locked while running " + SECRET_SQL));
    }

    /** A cause whose class name must never reach a client. */
    public static final class LeakyDatabaseFailure extends RuntimeException {

        public LeakyDatabaseFailure(String message) {
            super(message);
        }
    }
}
