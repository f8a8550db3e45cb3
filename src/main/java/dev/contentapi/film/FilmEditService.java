package dev.contentapi.film;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.http.BodyValidation;
import dev.contentapi.common.http.Versions;
import dev.contentapi.common.persistence.Saves;
import dev.contentapi.common.persistence.SlugRedirects;
import dev.contentapi.person.Person;
import dev.contentapi.person.PersonRepository;

/**
 * Editors' changes to films and their credits: create, replace, merge-patch, delete. Every change of an existing film
 * needs its current version ({@code If-Match}); a film an article is about cannot be deleted.
 */
@ApplicationScoped
public class FilmEditService {

    private final SlugRedirects redirects;
    private final FilmRepository films;
    private final PersonRepository people;
    private final FilmService reads;
    private final BodyValidation validation;

    FilmEditService(SlugRedirects redirects, FilmRepository films, PersonRepository people, FilmService reads,
            BodyValidation validation) {
        this.redirects = redirects;
        this.films = films;
        this.people = people;
        this.reads = reads;
        this.validation = validation;
    }

    @Transactional
    public FilmDocument create(FilmRequest request) {
        Film film = new Film();
        List<Credit> credits = apply(film, request);
        credits.forEach(credit -> credit.film = film);
        film.credits.addAll(credits);
        films.persist(film);
        redirects.renamed(FilmService.REDIRECT_KIND, null, film.slug, film.id);
        credits.forEach(credit -> credit.persist());
        return saved(film);
    }

    @Transactional
    public FilmDocument replace(String slug, String ifMatch, FilmRequest request) {
        Film film = forChange(slug, ifMatch);
        replaceCredits(film, apply(film, request));
        return saved(film);
    }

    @Transactional
    public FilmDocument patch(String slug, String ifMatch, JsonNode patch) {
        Film film = forChange(slug, ifMatch);
        FilmRequest request = validation.patch(toRequest(film), patch, FilmRequest.class);
        replaceCredits(film, apply(film, request));
        return saved(film);
    }

    /** Deletes it with its credits (the database cascades them); refused with 409 while an article is about it. */
    @Transactional
    public void delete(String slug, String ifMatch) {
        Film film = forChange(slug, ifMatch);
        long articles = films.articlesAbout(film);
        if (articles > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "'" + film.slug + "' cannot be deleted while "
                    + articles + (articles == 1 ? " article is" : " articles are") + " about it. Change those first.");
        }
        films.delete(film);
        flush();
    }

    private Film forChange(String slug, String ifMatch) {
        Film film = films.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No film has the slug '" + slug + "'."));
        Versions.require(ifMatch, film.version);
        return film;
    }

    private FilmDocument saved(Film film) {
        flush();
        return new FilmDocument(reads.toResponse(film), null);
    }

    private void flush() {
        Saves.flush(films.getEntityManager(), "film");
    }

    /** Checks the request against the database and copies it onto the film; answers the credits it asks for. */
    private List<Credit> apply(Film film, FilmRequest request) {
        if (films.slugTakenByAnother(request.slug(), film.id)) {
            throw ProblemException.conflict("Another film already has the slug '" + request.slug() + "'.", "/slug");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        List<FilmRequest.CreditRequest> asked = request.credits() == null ? List.of() : request.credits();
        for (int i = 0; i < asked.size(); i++) {
            FilmRequest.CreditRequest given = asked.get(i);
            CreditKind kind = CreditKind.valueOf(given.kind().toUpperCase(Locale.ROOT));
            Person person = people.findBySlugOrNull(given.person());
            if (person == null) {
                problems.add(FieldProblem.pointer("/credits/" + i + "/person",
                        "no person has the slug '" + given.person() + "'"));
            }
            if (given.characterName() != null && kind != CreditKind.CAST) {
                problems.add(FieldProblem.pointer("/credits/" + i + "/characterName",
                        "only a cast credit names a character"));
            }
            boolean repeated = credits.stream()
                    .anyMatch(credit -> credit.person == person && credit.kind == kind && person != null);
            if (repeated) {
                problems.add(FieldProblem.pointer("/credits/" + i,
                        "credits '" + given.person() + "' as " + given.kind() + " twice"));
            }
            Credit credit = new Credit();
            credit.person = person;
            credit.kind = kind;
            credit.characterName = given.characterName();
            credit.position = i + 1;
            credits.add(credit);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidBody(problems);
        }
        if (film.id != null) {
            redirects.renamed(FilmService.REDIRECT_KIND, film.slug, request.slug(), film.id);
        }
        film.slug = request.slug();
        film.title = request.title().strip();
        film.originalTitle = request.originalTitle();
        film.releaseDate = request.releaseDate();
        film.runtimeMinutes = request.runtimeMinutes();
        film.platform = request.platform();
        film.studio = request.studio();
        film.synopsis = request.synopsis();
        film.filmingCountries = request.filmingCountries() == null ? new ArrayList<>()
                : new ArrayList<>(request.filmingCountries());
        film.genres = request.genres() == null ? new ArrayList<>() : new ArrayList<>(request.genres());
        return credits;
    }

    /**
     * Makes the film's credits the ones asked for, in that order, when they differ. Rows are changed in place, added
     * after the last or removed from the end, so that no two ever share a billing position; a change of credits alone
     * is still a change of the film, with a new version.
     */
    private void replaceCredits(Film film, List<Credit> wanted) {
        if (sameCredits(film.credits, wanted)) {
            return;
        }
        film.updatedAt = Instant.now();
        List<Credit> current = film.credits;
        int last = current.stream().mapToInt(credit -> credit.position).max().orElse(0);
        for (int i = 0; i < wanted.size(); i++) {
            Credit credit = wanted.get(i);
            if (i < current.size()) {
                Credit kept = current.get(i);
                kept.person = credit.person;
                kept.kind = credit.kind;
                kept.characterName = credit.characterName;
            } else {
                credit.film = film;
                credit.position = ++last;
                credit.persist();
                current.add(credit);
            }
        }
        while (current.size() > wanted.size()) {
            current.remove(current.size() - 1).delete();
        }
    }

    private static boolean sameCredits(List<Credit> current, List<Credit> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            Credit a = current.get(i);
            Credit b = wanted.get(i);
            if (a.person != b.person || a.kind != b.kind || !Objects.equals(a.characterName, b.characterName)) {
                return false;
            }
        }
        return true;
    }

    private static FilmRequest toRequest(Film film) {
        return new FilmRequest(film.slug, film.title, film.originalTitle, film.releaseDate, film.runtimeMinutes,
                film.platform, film.studio, film.synopsis, List.copyOf(film.filmingCountries),
                List.copyOf(film.genres),
                film.credits.stream()
                        .map(credit -> new FilmRequest.CreditRequest(credit.person.slug, credit.kind.code(),
                                credit.characterName))
                        .toList());
    }
}
