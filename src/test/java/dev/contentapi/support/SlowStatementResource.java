package dev.contentapi.support;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only resource whose statement runs far longer than the statement timeout ({@code pg_sleep}), the way a query
 * stuck behind a lock or on a starved server would. Outside {@code /api/v1}, only on the test classpath, hidden from the
 * OpenAPI document.
 */
@PermitAll
@Path(SlowStatementResource.PATH)
public class SlowStatementResource {

    public static final String PATH = "/test-support/slow-statement";
    public static final int SLEEP_SECONDS = 60;

    private final EntityManager em;

    SlowStatementResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    @Transactional
    public String sleep() {
        em.createNativeQuery("select pg_sleep(" + SLEEP_SECONDS + ")").getSingleResult();
        return "{\"slept\":" + SLEEP_SECONDS + "}";
    }
}
