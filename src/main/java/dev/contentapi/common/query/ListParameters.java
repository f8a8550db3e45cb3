package dev.contentapi.common.query;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of the content lists: {@code page} and {@code size}, or {@code cursor} and {@code size} for
 * keyset paging.
 */
public class ListParameters extends PageParameters {

    @QueryParam("cursor")
    @Parameter(description = "Keyset paging, instead of `page`: answer the items after this cursor, taken from `meta.nextCursor` "
            + "of the previous page (same sort and filters). Opaque and signed: an altered cursor is a 400. Stays correct while "
            + "items are added.")
    public String cursor;
}
