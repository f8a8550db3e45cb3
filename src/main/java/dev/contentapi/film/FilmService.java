package dev.contentapi.film;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.paging.PageMeta;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.person.Person;
import dev.contentapi.person.PersonRef;
import dev.contentapi.person.PersonRepository;
import dev.contentapi.person.PersonService;

/** Reads films and turns them into what the API shows. */
@ApplicationScoped
public class FilmService {

    /** API sort field to entity property, in documentation order. */
    public static final Map<String, String> SORTS = sorts();
    public static final String DEFAULT_SORT = "-releaseDate";
    public static final String INCLUDE_CREDIT_PEOPLE = "credits.person";
    public static final Set<String> INCLUDES = Set.of(INCLUDE_CREDIT_PEOPLE);

    private final FilmRepository films;
    private final PersonRepository people;
    private final PersonService personService;

    FilmService(FilmRepository films, PersonRepository people, PersonService personService) {
        this.films = films;
        this.people = people;
        this.personService = personService;
    }

    public FilmPage list(ListQuery query) {
        List<Film> found = films.page(query.sort(), query.page());
        return new FilmPage(found.stream().map(this::toResponse).toList(), PageMeta.of(query.page(), films.count()),
                included(found, query.include()));
    }

    public FilmDocument get(String slug, Set<String> include) {
        Film film = films.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No film has the slug '" + slug + "'."));
        return new FilmDocument(toResponse(film), included(List.of(film), include));
    }

    /** The films a person has a credit in. */
    public FilmPage listCrediting(String personSlug, ListQuery query) {
        Person person = people.findBySlug(personSlug)
                .orElseThrow(() -> ProblemException.notFound("No person has the slug '" + personSlug + "'."));
        List<Film> found = films.pageCrediting(person.id, query.sort(), query.page());
        return new FilmPage(found.stream().map(this::toResponse).toList(),
                PageMeta.of(query.page(), films.countCrediting(person.id)), included(found, query.include()));
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

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("releaseDate", "releaseDate");
        sorts.put("title", "title");
        sorts.put("updatedAt", "updatedAt");
        return Collections.unmodifiableMap(sorts);
    }
}
