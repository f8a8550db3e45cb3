package dev.contentapi.change;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.contentapi.article.ArticleRef;
import dev.contentapi.comment.CommentService;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.film.FilmRef;
import dev.contentapi.person.PersonRef;

/** The kinds of item whose changes the feed tells. */
@Schema(name = "ChangeType", description = "A kind of item whose changes the feed tells.", enumeration = { "article", "person",
        "film", "comment" })
public enum ChangeType {
    ARTICLE,
    PERSON,
    FILM,
    COMMENT;

    public static final String PARAMETER = "types";

    /** How the API and the database name it: {@code article}, {@code person}, {@code film}, {@code comment}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where the item itself is read. */
    String selfOf(long id, String slug) {
        return switch (this) {
            case ARTICLE -> ArticleRef.selfOf(slug);
            case PERSON -> PersonRef.selfOf(slug);
            case FILM -> FilmRef.selfOf(slug);
            case COMMENT -> CommentService.PATH + "/" + id;
        };
    }

    static ChangeType ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * Reads the {@code types} parameter: comma-separated, and it may repeat ({@code types=article,film} or
     * {@code types=article&types=film}); absent means every type.
     */
    static Set<ChangeType> parse(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return EnumSet.allOf(ChangeType.class);
        }
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (String values : raw) {
            for (String value : values.split(",", -1)) {
                types.add(Arrays.stream(values()).filter(type -> type.code().equals(value)).findFirst()
                        .orElseThrow(() -> ProblemException.invalidParameter(PARAMETER,
                                "cannot be '" + value + "'; allowed: " + allowed())));
            }
        }
        return types;
    }

    private static String allowed() {
        return Arrays.stream(values()).map(ChangeType::code).collect(Collectors.joining(", "));
    }
}
