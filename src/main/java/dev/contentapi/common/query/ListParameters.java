package dev.contentapi.common.query;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes: {@code page} and {@code size}, or {@code cursor} and {@code size} for keyset
 * paging. They arrive as text so that a malformed value is a 400 problem naming the parameter.
 */
public class ListParameters {

    @QueryParam("page")
    @Parameter(description = "The page to answer, from 1. Not with `cursor`.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page.", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    @QueryParam("cursor")
    @Parameter(description = "Keyset paging: answer the items after this cursor, taken from `meta.nextCursor` of the previous page "
            + "(same sort and filters). Opaque and signed: an altered cursor is a 400. Stays correct while items are added.")
    public String cursor;
}
