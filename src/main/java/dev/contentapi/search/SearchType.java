package dev.contentapi.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.contentapi.article.ArticleRef;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.film.FilmRef;
import dev.contentapi.person.PersonRef;

/** The kinds of item that search finds. */
@Schema(name = "SearchType", description = "A kind of item that search finds.", enumeration = { "article", "person", "film" })
public enum SearchType {
    ARTICLE,
    PERSON,
    FILM;

    public static final String PARAMETER = "type";

    /** How the API and the search query name it: {@code article}, {@code person}, {@code film}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where the item itself is. */
    public String selfOf(String slug) {
        return switch (this) {
            case ARTICLE -> ArticleRef.selfOf(slug);
            case PERSON -> PersonRef.selfOf(slug);
            case FILM -> FilmRef.selfOf(slug);
        };
    }

    public static SearchType ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Reads the repeatable {@code type} parameter; absent means every type. */
    static Set<SearchType> parse(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return EnumSet.allOf(SearchType.class);
        }
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String value : raw) {
            types.add(Arrays.stream(values()).filter(type -> type.code().equals(value)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidParameter(PARAMETER,
                            "cannot be '" + value + "'; allowed: " + allowed())));
        }
        return types;
    }

    private static String allowed() {
        return Arrays.stream(values()).map(SearchType::code).collect(Collectors.joining(", "));
    }
}
