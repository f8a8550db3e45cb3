package dev.contentapi.support;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only resource that reads a JSON body, so that the problems of body-reading operations (415, unreadable bodies)
 * are tried through the real HTTP pipeline before the API's own writes exist. Hidden from the OpenAPI document.
 */
@PermitAll
@Path(BodyReadingResource.PATH)
public class BodyReadingResource {

    public static final String PATH = "/test-support/body";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> echo(Map<String, Object> body) {
        if (body == null) {
            throw new BadRequestException("no body");
        }
        return body;
    }
}
