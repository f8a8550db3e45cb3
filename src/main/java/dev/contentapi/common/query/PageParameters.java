package dev.contentapi.common.query;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters. They arrive as text so that a malformed value is a 400 problem
 * naming the parameter, not a conversion failure.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "The page to answer, from 1.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page.", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;
}
