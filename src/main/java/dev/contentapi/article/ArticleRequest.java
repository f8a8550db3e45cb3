package dev.contentapi.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as an editor writes it. The server owns the rest (id, status, version, dates): a body that names them is
 * refused. Relations are given by slug.
 */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(example = "a-new-article", required = true) @NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String slug,
        @Schema(example = "A New Article", required = true) @NotBlank @Size(max = 300) String title,
        @Size(max = 500) String dek,
        @Size(max = 2000) String summary,
        @Schema(description = "Markdown.") @Size(max = 200_000) String body,
        @Schema(enumeration = {
                "en",
                "es" }, example = "en", required = true) @NotNull @Pattern(regexp = "en|es", message = "must be en or es") String language,
        @Schema(description = "The author's slug.", example = "kate-ohare") @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String author,
        @Valid HeroImageRequest heroImage,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Schema(description = "Slugs of the people it is about, in order.") @Size(max = 50) List<@NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String> people,
        @Schema(description = "Slugs of the films it is about, in order.") @Size(max = 50) List<@NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String> films){

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_RULE = "must be lower-case letters and digits in words joined by '-'";

    /** The picture at the top, as an editor gives it. */
    @Schema(name = "HeroImageRequest")
    public record HeroImageRequest(
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
            @Size(max = 500) String alt,
            @Size(max = 500) String caption,
            @Size(max = 200) String credit) {
    }
}
