package dev.contentapi.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.persistence.SlugRedirects;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListSpec;
import dev.contentapi.common.query.SortKey;
import dev.contentapi.film.Film;
import dev.contentapi.film.FilmRef;
import dev.contentapi.film.FilmResponse;
import dev.contentapi.film.FilmService;
import dev.contentapi.person.Person;
import dev.contentapi.person.PersonRef;
import dev.contentapi.person.PersonRepository;
import dev.contentapi.person.PersonResponse;
import dev.contentapi.person.PersonService;

/** Reads published articles and turns them into what the API shows. */
@ApplicationScoped
public class ArticleService {

    public static final String INCLUDE_AUTHOR = "author";
    public static final String INCLUDE_PEOPLE = "people";
    public static final String INCLUDE_FILMS = "films";
    /** What article lists allow: sort fields (in documentation order), default sort and includes. */
    public static final ListSpec<Article> LIST = new ListSpec<>(sorts(), "-publishedAt", "a.id",
            Set.of(INCLUDE_AUTHOR, INCLUDE_PEOPLE, INCLUDE_FILMS));

    static final String REDIRECT_KIND = "article";

    private final ArticleRepository articles;
    private final SlugRedirects redirects;
    private final PersonRepository people;
    private final PersonService personService;
    private final FilmService filmService;

    ArticleService(ArticleRepository articles, SlugRedirects redirects, PersonRepository people,
            PersonService personService, FilmService filmService) {
        this.articles = articles;
        this.redirects = redirects;
        this.people = people;
        this.personService = personService;
        this.filmService = filmService;
    }

    public ArticlePage list(ArticleFilter filter, ListQuery<Article> query) {
        ListPage<Article> page = articles.pagePublished(filter, query);
        return new ArticlePage(page.items().stream().map(ArticleService::toResponse).toList(), page.meta(),
                included(page.items(), query.include()));
    }

    public ArticleDocument get(String slug, Set<String> include) {
        Article article = articles.findPublishedWithRelations(slug).orElseThrow(() -> movedOrNotFound(slug, true));
        return new ArticleDocument(toResponse(article), included(List.of(article), include));
    }

    /** An article whatever its status: what editors see. */
    public ArticleDocument getAnyStatus(String slug, Set<String> include) {
        Article article = articles.findBySlug(slug).orElseThrow(() -> movedOrNotFound(slug, false));
        return new ArticleDocument(toResponse(article), included(List.of(article), include));
    }

    /** A 301 to the article's new slug if it was renamed (and, for the public, is published); a 404 otherwise. */
    private RuntimeException movedOrNotFound(String slug, boolean publishedOnly) {
        return redirects.movedOrNotFound(REDIRECT_KIND, slug, id -> articles.findByIdOptional(id)
                .filter(article -> !publishedOnly || article.status == ArticleStatus.PUBLISHED)
                .map(article -> ArticleRef.selfOf(article.slug)),
                (publishedOnly ? "No published article" : "No article") + " has the slug '" + slug + "'.");
    }

    /** The published articles a person wrote. */
    public ArticlePage listByAuthor(String personSlug, ListQuery<Article> query) {
        if (people.findBySlug(personSlug).isEmpty()) {
            throw ProblemException.notFound("No person has the slug '" + personSlug + "'.");
        }
        return list(ArticleFilter.byAuthor(personSlug), query);
    }

    static ArticleResponse toResponse(Article article) {
        return new ArticleResponse(article.id, article.slug, article.title, article.dek, article.summary,
                article.body, article.language, article.status, article.publishedAt, article.updatedAt,
                PersonRef.of(article.author), HeroImageResponse.of(article.heroImage), List.copyOf(article.tags),
                article.people.stream().map(PersonRef::of).toList(),
                article.films.stream().map(FilmRef::of).toList(),
                article.commentCount, article.version, ArticleRef.selfOf(article.slug));
    }

    private ArticleIncluded included(List<Article> found, Set<String> include) {
        if (include.isEmpty()) {
            return null;
        }
        List<PersonResponse> includedPeople = null;
        if (include.contains(INCLUDE_AUTHOR) || include.contains(INCLUDE_PEOPLE)) {
            Map<Long, Person> related = new LinkedHashMap<>();
            for (Article article : found) {
                if (include.contains(INCLUDE_AUTHOR) && article.author != null) {
                    related.putIfAbsent(article.author.id, article.author);
                }
                if (include.contains(INCLUDE_PEOPLE)) {
                    article.people.forEach(person -> related.putIfAbsent(person.id, person));
                }
            }
            includedPeople = related.values().stream().map(personService::toResponse).toList();
        }
        List<FilmResponse> includedFilms = null;
        if (include.contains(INCLUDE_FILMS)) {
            Map<Long, Film> related = new LinkedHashMap<>();
            found.forEach(article -> article.films.forEach(film -> related.putIfAbsent(film.id, film)));
            includedFilms = related.values().stream().map(filmService::toResponse).toList();
        }
        return new ArticleIncluded(includedPeople, includedFilms);
    }

    private static Map<String, SortKey<Article>> sorts() {
        Map<String, SortKey<Article>> sorts = new LinkedHashMap<>();
        sorts.put("publishedAt", SortKey.of("publishedAt", "a.published_at", "timestamptz", true, a -> a.publishedAt));
        sorts.put("title", SortKey.of("title", "a.title", "text", false, a -> a.title));
        sorts.put("updatedAt", SortKey.of("updatedAt", "a.updated_at", "timestamptz", false, a -> a.updatedAt));
        return Collections.unmodifiableMap(sorts);
    }
}
