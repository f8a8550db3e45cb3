package dev.contentapi.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.film.FilmRef;
import dev.contentapi.person.PersonRef;

/** An article as the API shows it. */
@Schema(name = "Article", description = "An article. Every property comes, unless the request names `fields`: then only those, with id, slug and self.")
public record ArticleResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(example = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut", required = true) String slug,
        @Schema(example = "Amazon’s ‘A Million Miles Away’: How the Son of Migrant Farm Workers Became an Astronaut") String title,
        @Schema(nullable = true, description = "The subtitle under the headline.") String dek,
        @Schema(nullable = true, example = "A Million Miles Away launched Sept. 15 on Amazon Prime Video, telling the true story of NASA astronaut José Hernández.") String summary,
        @Schema(nullable = true, description = "The text, as Markdown; null when only the headline is known.") String body,
        @Schema(description = "ISO 639-1 language code.", enumeration = {
                "en", "es" }, example = "en") String language,
        @Schema(example = "published") ArticleStatus status,
        @Schema(nullable = true, description = "When it was published; null when not known.", example = "2023-09-16T00:00:00Z") Instant publishedAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "Who wrote it, when known.") PersonRef author,
        @Schema(nullable = true, description = "The picture at the top, when there is one.") HeroImageResponse heroImage,
        List<String> tags,
        @Schema(description = "The people it is about.") List<PersonRef> people,
        @Schema(description = "The films it is about.") List<FilmRef> films,
        @Schema(description = "Its approved comments.", example = "0") long commentCount,
        @Schema(description = "Changes on every edit.", example = "0") long version,
        @Schema(example = "/api/v1/articles/amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut", required = true) String self){
}
