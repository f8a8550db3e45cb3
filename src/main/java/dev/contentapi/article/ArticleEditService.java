package dev.contentapi.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.http.BodyValidation;
import dev.contentapi.common.http.Versions;
import dev.contentapi.common.persistence.Saves;
import dev.contentapi.common.persistence.SlugRedirects;
import dev.contentapi.film.Film;
import dev.contentapi.film.FilmRepository;
import dev.contentapi.person.Person;
import dev.contentapi.person.PersonRepository;

/**
 * Editors' changes to articles: create (always a draft), replace, merge-patch, delete, and the explicit publishing
 * steps. Every change of an existing article needs its current version ({@code If-Match}); a change that loses a race
 * with another is refused, never merged silently.
 */
@ApplicationScoped
public class ArticleEditService {

    private final ArticleRepository articles;
    private final SlugRedirects redirects;
    private final PersonRepository people;
    private final FilmRepository films;
    private final BodyValidation validation;

    ArticleEditService(ArticleRepository articles, SlugRedirects redirects, PersonRepository people,
            FilmRepository films, BodyValidation validation) {
        this.articles = articles;
        this.redirects = redirects;
        this.people = people;
        this.films = films;
        this.validation = validation;
    }

    @Transactional
    public ArticleDocument create(ArticleRequest request) {
        Article article = new Article();
        article.status = ArticleStatus.DRAFT;
        apply(article, request);
        articles.persist(article);
        redirects.renamed(ArticleService.REDIRECT_KIND, null, article.slug, article.id);
        return saved(article);
    }

    @Transactional
    public ArticleDocument replace(String slug, String ifMatch, ArticleRequest request) {
        Article article = forChange(slug, ifMatch);
        apply(article, request);
        return saved(article);
    }

    @Transactional
    public ArticleDocument patch(String slug, String ifMatch, JsonNode patch) {
        Article article = forChange(slug, ifMatch);
        ArticleRequest request = validation.patch(toRequest(article), patch, ArticleRequest.class);
        apply(article, request);
        return saved(article);
    }

    @Transactional
    public void delete(String slug, String ifMatch) {
        Article article = forChange(slug, ifMatch);
        articles.delete(article);
        flush();
    }

    /**
     * Publishes now (keeping the first publication date of an article published before), or schedules it for a
     * future instant, when the scheduled publisher makes it public.
     */
    @Transactional
    public ArticleDocument publish(String slug, String ifMatch, Instant at) {
        Article article = forChange(slug, ifMatch);
        Instant now = Instant.now();
        if (at != null && at.isAfter(now)) {
            article.status = ArticleStatus.SCHEDULED;
            article.publishedAt = at;
        } else {
            article.status = ArticleStatus.PUBLISHED;
            if (article.publishedAt == null || article.publishedAt.isAfter(now)) {
                article.publishedAt = now;
            }
        }
        return saved(article);
    }

    /** Unpublishes (back to a draft, also from scheduled) or archives. */
    @Transactional
    public ArticleDocument changeStatus(String slug, String ifMatch, ArticleStatus status) {
        Article article = forChange(slug, ifMatch);
        article.status = status;
        return saved(article);
    }

    private Article forChange(String slug, String ifMatch) {
        Article article = articles.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No article has the slug '" + slug + "'."));
        Versions.require(ifMatch, article.version);
        return article;
    }

    private ArticleDocument saved(Article article) {
        flush();
        return new ArticleDocument(ArticleService.toResponse(article), null);
    }

    private void flush() {
        Saves.flush(articles.getEntityManager(), "article");
    }

    private void apply(Article article, ArticleRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (articles.slugTakenByAnother(request.slug(), article.id)) {
            throw ProblemException.conflict("Another article already has the slug '" + request.slug() + "'.", "/slug");
        }
        Person author = request.author() == null ? null
                : people.findBySlug(request.author()).orElse(null);
        if (request.author() != null && author == null) {
            problems.add(FieldProblem.pointer("/author", "no person has the slug '" + request.author() + "'"));
        }
        List<Person> about = resolve(request.people(), "/people", people::findBySlugOrNull, problems);
        List<Film> filmsAbout = resolve(request.films(), "/films", films::findBySlugOrNull, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidBody(problems);
        }
        if (article.id != null) {
            redirects.renamed(ArticleService.REDIRECT_KIND, article.slug, request.slug(), article.id);
        }
        article.slug = request.slug();
        article.title = request.title().strip();
        article.dek = request.dek();
        article.summary = request.summary();
        article.body = request.body();
        article.language = request.language();
        article.author = author;
        article.heroImage = new HeroImage();
        if (request.heroImage() != null) {
            article.heroImage.url = request.heroImage().url();
            article.heroImage.alt = request.heroImage().alt();
            article.heroImage.caption = request.heroImage().caption();
            article.heroImage.credit = request.heroImage().credit();
        }
        article.tags = request.tags() == null ? new ArrayList<>() : new ArrayList<>(request.tags());
        article.people.clear();
        article.people.addAll(about);
        article.films.clear();
        article.films.addAll(filmsAbout);
    }

    private static <T> List<T> resolve(List<String> slugs, String pointer, Function<String, T> find,
            List<FieldProblem> problems) {
        List<T> found = new ArrayList<>();
        if (slugs == null) {
            return found;
        }
        for (int i = 0; i < slugs.size(); i++) {
            T item = find.apply(slugs.get(i));
            if (item == null) {
                problems.add(FieldProblem.pointer(pointer + "/" + i, "nothing has the slug '" + slugs.get(i) + "'"));
            } else if (found.contains(item)) {
                problems.add(FieldProblem.pointer(pointer + "/" + i, "names '" + slugs.get(i) + "' twice"));
            } else {
                found.add(item);
            }
        }
        return found;
    }

    private static ArticleRequest toRequest(Article article) {
        HeroImage image = article.heroImage;
        return new ArticleRequest(article.slug, article.title, article.dek, article.summary, article.body,
                article.language, article.author == null ? null : article.author.slug,
                image == null ? null
                        : new ArticleRequest.HeroImageRequest(image.url, image.alt, image.caption, image.credit),
                List.copyOf(article.tags), article.people.stream().map(person -> person.slug).toList(),
                article.films.stream().map(film -> film.slug).toList());
    }
}
