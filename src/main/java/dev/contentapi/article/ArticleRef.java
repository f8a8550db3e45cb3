package dev.contentapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.common.Api;

/** Which article a relation points to: enough to name and link it. */
@Schema(name = "ArticleRef")
public record ArticleRef(
        @Schema(example = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut", required = true) String slug,
        @Schema(example = "Amazon’s ‘A Million Miles Away’: How the Son of Migrant Farm Workers Became an Astronaut", required = true) String title,
        @Schema(example = "/api/v1/articles/amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut", required = true) String self) {

    public static final String PATH = Api.V1 + "/articles";

    public static ArticleRef of(Article article) {
        return new ArticleRef(article.slug, article.title, selfOf(article.slug));
    }

    public static String selfOf(String slug) {
        return PATH + "/" + slug;
    }
}
