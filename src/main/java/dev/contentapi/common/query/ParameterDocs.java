package dev.contentapi.common.query;

/** Descriptions of list parameters shared by the resources' OpenAPI annotations. */
public final class ParameterDocs {

    public static final String SORT = "Comma-separated fields to sort by, each optionally prefixed with '-' for descending. "
            + "Ties are always broken by id, in the direction of the first field. Allowed: ";
    public static final String INCLUDE = "Comma-separated relations whose whole records to add under `included`. Allowed: ";
    public static final String SLUG = "The item's slug: lower-case words joined by '-'.";
    public static final String FIELDS = "Sparse fields: comma-separated fields to answer for each item; id, slug and self always come. Allowed: the fields of ";
    public static final String INCLUDED_FIELDS = "Sparse fields of included records; id, slug and self always come. Allowed: the fields of ";
    public static final String Q = "Only items matching these words, in web-search syntax (\"quoted phrase\", or, -word), accents ignored, "
            + "1 to 200 characters; for ranked results across types use /api/v1/search. Searches the ";
    public static final String REPEATABLE = "Repeat the parameter to match any of several values (at most 20); different filters must all match.";

    private ParameterDocs() {
    }
}
