package dev.contentapi.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only resource that says nothing of who may call it: deny by default means nobody may, not even an admin. Hidden
 * from the OpenAPI document.
 */
@Path(UnannotatedResource.PATH)
public class UnannotatedResource {

    public static final String PATH = "/test-support/unannotated";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String forgotten() {
        return "{\"leaked\":true}";
    }
}
