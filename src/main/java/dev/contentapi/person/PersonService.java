package dev.contentapi.person;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.contentapi.common.persistence.SlugRedirects;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListSpec;
import dev.contentapi.common.query.SortKey;
import dev.contentapi.film.Credit;
import dev.contentapi.film.Film;
import dev.contentapi.film.FilmRef;
import dev.contentapi.film.FilmService;

/** Reads people and turns them into what the API shows. */
@ApplicationScoped
public class PersonService {

    public static final String INCLUDE_CREDIT_FILMS = "credits.film";
    /** What people lists allow: sort fields (in documentation order), default sort and includes. */
    public static final ListSpec<Person> LIST = new ListSpec<>(sorts(), "name", "p.id", Set.of(INCLUDE_CREDIT_FILMS));

    /** Newest film first; films without a known date after the dated ones. */
    private static final Comparator<Credit> NEWEST_FILM_FIRST = Comparator
            .comparing((Credit credit) -> credit.film.releaseDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(credit -> credit.film.id)
            .thenComparingInt(credit -> credit.position);

    static final String REDIRECT_KIND = "person";

    private final SlugRedirects redirects;
    private final PersonRepository people;
    /** Lazily: films and people show each other. */
    private final Instance<FilmService> filmService;

    PersonService(SlugRedirects redirects, PersonRepository people, Instance<FilmService> filmService) {
        this.redirects = redirects;
        this.people = people;
        this.filmService = filmService;
    }

    public PersonPage list(PersonFilter filter, ListQuery<Person> query) {
        ListPage<Person> page = people.page(filter, query);
        return new PersonPage(page.items().stream().map(this::toResponse).toList(), page.meta(),
                included(page.items(), query.include()));
    }

    public PersonDocument get(String slug, Set<String> include) {
        Person person = people.findBySlug(slug).orElseThrow(() -> redirects.movedOrNotFound(REDIRECT_KIND, slug,
                id -> people.findByIdOptional(id).map(found -> PersonRef.selfOf(found.slug)),
                "No person has the slug '" + slug + "'."));
        return new PersonDocument(toResponse(person), included(List.of(person), include));
    }

    public PersonResponse toResponse(Person person) {
        List<PersonCreditResponse> credits = person.credits.stream()
                .sorted(NEWEST_FILM_FIRST)
                .map(credit -> new PersonCreditResponse(credit.kind, credit.characterName, FilmRef.of(credit.film)))
                .toList();
        return new PersonResponse(person.id, person.slug, person.name, person.sortName, person.shortBio,
                person.longBio, List.copyOf(person.roles), person.birthplace, List.copyOf(person.affiliations),
                List.copyOf(person.links), credits, person.version, person.updatedAt, PersonRef.selfOf(person.slug));
    }

    private PersonIncluded included(List<Person> found, Set<String> include) {
        if (!include.contains(INCLUDE_CREDIT_FILMS)) {
            return null;
        }
        Map<Long, Film> credited = new LinkedHashMap<>();
        found.forEach(person -> person.credits.stream().sorted(NEWEST_FILM_FIRST)
                .forEach(credit -> credited.putIfAbsent(credit.film.id, credit.film)));
        FilmService films = filmService.get();
        return new PersonIncluded(credited.values().stream().map(films::toResponse).toList());
    }

    private static Map<String, SortKey<Person>> sorts() {
        Map<String, SortKey<Person>> sorts = new LinkedHashMap<>();
        sorts.put("name", SortKey.of("name", "p.sort_name", "text", false, p -> p.sortName));
        sorts.put("updatedAt", SortKey.of("updatedAt", "p.updated_at", "timestamptz", false, p -> p.updatedAt));
        return Collections.unmodifiableMap(sorts);
    }
}
