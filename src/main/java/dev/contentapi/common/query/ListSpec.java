package dev.contentapi.common.query;

import java.util.Map;
import java.util.Set;

/** What a list allows: its sort fields by API name (in documentation order), its default sort, and its includes. */
public record ListSpec<E>(Map<String, SortKey<E>> sorts, String defaultSort, String idColumn, Set<String> includes) {
}
