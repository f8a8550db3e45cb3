package dev.contentapi.common.openapi;

/** Example values and bodies for the OpenAPI document, taken from the seed content. */
public final class Examples {

    public static final String ARTICLE_SLUG = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut";
    public static final String COMMENTED_ARTICLE_SLUG = "journey-to-bethlehem-affirms-nativity-musical";
    public static final String PERSON_SLUG = "jose-hernandez";
    public static final String AUTHOR_SLUG = "kate-ohare";
    public static final String FILM_SLUG = "a-million-miles-away";

    public static final String ARTICLE_PAGE = "{}";
    public static final String ARTICLE_DOCUMENT = "{}";
    public static final String PERSON_DOCUMENT = "{}";
    public static final String FILM_DOCUMENT = "{}";
    public static final String COMMENT_PAGE = "{}";

    private Examples() {
    }
}
