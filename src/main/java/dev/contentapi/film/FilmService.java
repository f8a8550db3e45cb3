package dev.contentapi.film;

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
import dev.contentapi.person.Person;
import dev.contentapi.person.PersonRef;
import dev.contentapi.person.PersonRepository;
import dev.contentapi.person.PersonService;

/** Reads films and turns them into what the API shows. */
@ApplicationScoped
public class FilmService {

    public static final String INCLUDE_CREDIT_PEOPLE = "credits.person";
    /** What film lists allow: sort fields (in documentation order), default sort and includes. */
    public static final ListSpec<Film> LIST = new ListSpec<>(sorts(), "-releaseDate", "f.id",
            Set.of(INCLUDE_CREDIT_PEOPLE));

    static final String REDIRECT_KIND = "film";

    private final SlugRedirects redirects;
    private final FilmRepository films;
    private final PersonRepository people;
    private final PersonService personService;

    FilmService(SlugRedirects redirects, FilmRepository films, PersonRepository people, PersonService personService) {
        this.redirects = redirects;
        this.films = films;
        this.people = people;
        this.personService = personService;
    }

    public FilmPage list(FilmFilter filter, ListQuery<Film> query) {
        ListPage<Film> page = films.page(filter, query);
        return new FilmPage(page.items().stream().map(this::toResponse).toList(), page.meta(),
                included(page.items(), query.include()));
    }

    public FilmDocument get(String slug, Set<String> include) {
        Film film = films.findBySlug(slug).orElseThrow(() -> redirects.movedOrNotFound(REDIRECT_KIND, slug,
                id -> films.findByIdOptional(id).map(found -> FilmRef.selfOf(found.slug)),
                "No film has the slug '" + slug + "'."));
        return new FilmDocument(toResponse(film), included(List.of(film), include));
    }

    /** The films a person has a credit in. */
    public FilmPage listCrediting(String personSlug, ListQuery<Film> query) {
        if (people.findBySlug(personSlug).isEmpty()) {
            throw ProblemException.notFound("No person has the slug '" + personSlug + "'.");
        }
        return list(FilmFilter.crediting(personSlug), query);
    }

    public FilmResponse toResponse(Film film) {
        List<CreditResponse> credits = film.credits.stream()
                .map(credit -> new CreditResponse(credit.kind, credit.characterName, PersonRef.of(credit.person)))
                .toList();
        return new FilmResponse(film.id, film.slug, film.title, film.originalTitle, film.releaseDate,
                film.runtimeMinutes, film.platform, film.studio, film.synopsis, List.copyOf(film.filmingCountries),
                List.copyOf(film.genres), credits, film.version, film.updatedAt, FilmRef.selfOf(film.slug));
    }

    private FilmIncluded included(List<Film> found, Set<String> include) {
        if (!include.contains(INCLUDE_CREDIT_PEOPLE)) {
            return null;
        }
        Map<Long, Person> credited = new LinkedHashMap<>();
        found.forEach(film -> film.credits.forEach(credit -> credited.putIfAbsent(credit.person.id, credit.person)));
        return new FilmIncluded(credited.values().stream().map(personService::toResponse).toList());
    }

    private static Map<String, SortKey<Film>> sorts() {
        Map<String, SortKey<Film>> sorts = new LinkedHashMap<>();
        sorts.put("releaseDate", SortKey.of("releaseDate", "f.release_date", "date", true, f -> f.releaseDate));
        sorts.put("title", SortKey.of("title", "f.title", "text", false, f -> f.title));
        sorts.put("updatedAt", SortKey.of("updatedAt", "f.updated_at", "timestamptz", false, f -> f.updatedAt));
        return Collections.unmodifiableMap(sorts);
    }
}
