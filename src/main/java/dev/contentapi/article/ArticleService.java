package dev.contentapi.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.paging.PageMeta;
import dev.contentapi.common.query.ListQuery;
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

    /** API sort field to entity property, in documentation order. */
    public static final Map<String, String> SORTS = sorts();
    public static final String DEFAULT_SORT = "-publishedAt";
    public static final String INCLUDE_AUTHOR = "author";
    public static final String INCLUDE_PEOPLE = "people";
    public static final String INCLUDE_FILMS = "films";
    public static final Set<String> INCLUDES = Set.of(INCLUDE_AUTHOR, INCLUDE_PEOPLE, INCLUDE_FILMS);

    private final ArticleRepository articles;
    private final PersonRepository people;
    private final PersonService personService;
    private final FilmService filmService;

    ArticleService(ArticleRepository articles, PersonRepository people, PersonService personService,
            FilmService filmService) {
        this.articles = articles;
        this.people = people;
        this.personService = personService;
        this.filmService = filmService;
    }

    public ArticlePage list(ListQuery query) {
        List<Article> found = articles.pagePublished(query.sort(), query.page());
        return page(found, PageMeta.of(query.page(), articles.countPublished()), query.include());
    }

    public ArticleDocument get(String slug, Set<String> include) {
        Article article = articles.findPublishedBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + slug + "'."));
        return new ArticleDocument(toResponse(article), included(List.of(article), include));
    }

    /** The published articles a person wrote. */
    public ArticlePage listByAuthor(String personSlug, ListQuery query) {
        Person author = people.findBySlug(personSlug)
                .orElseThrow(() -> ProblemException.notFound("No person has the slug '" + personSlug + "'."));
        List<Article> found = articles.pagePublishedBy(author.id, query.sort(), query.page());
        return page(found, PageMeta.of(query.page(), articles.countPublishedBy(author.id)), query.include());
    }

    private ArticlePage page(List<Article> found, PageMeta meta, Set<String> include) {
        return new ArticlePage(found.stream().map(ArticleService::toResponse).toList(), meta,
                included(found, include));
    }

    static ArticleResponse toResponse(Article article) {
        return new ArticleResponse(article.id, article.slug, article.title, article.dek, article.summary,
                article.body, article.language, article.status, article.publishedAt, article.updatedAt,
                PersonRef.of(article.author), HeroImageResponse.of(article.heroImage), List.copyOf(article.tags),
                article.people.stream().map(PersonRef::of).toList(),
                article.films.stream().map(FilmRef::of).toList(),
                article.version, ArticleRef.selfOf(article.slug));
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

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("publishedAt", "publishedAt");
        sorts.put("title", "title");
        sorts.put("updatedAt", "updatedAt");
        return Collections.unmodifiableMap(sorts);
    }
}
