package dev.contentapi.common.query;

import java.util.List;

/**
 * Where a keyset page starts: just after the item whose sort values these are. It remembers the sort and the filters it
 * was made for, so that it is never used for another list.
 */
public record Cursor(String sort, String filters, List<String> after) {

    public static final String PARAMETER = "cursor";
}
