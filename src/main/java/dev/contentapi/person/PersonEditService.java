package dev.contentapi.person;

import java.util.ArrayList;
import java.util.List;

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

/**
 * Editors' changes to people: create, replace, merge-patch, delete. Every change of an existing person needs their
 * current version ({@code If-Match}); a person still written about, writing or credited cannot be deleted.
 */
@ApplicationScoped
public class PersonEditService {

    private final SlugRedirects redirects;
    private final PersonRepository people;
    private final PersonService reads;
    private final BodyValidation validation;

    PersonEditService(SlugRedirects redirects, PersonRepository people, PersonService reads, BodyValidation validation) {
        this.redirects = redirects;
        this.people = people;
        this.reads = reads;
        this.validation = validation;
    }

    @Transactional
    public PersonDocument create(PersonRequest request) {
        Person person = new Person();
        apply(person, request);
        people.persist(person);
        redirects.renamed(PersonService.REDIRECT_KIND, null, person.slug, person.id);
        return saved(person);
    }

    @Transactional
    public PersonDocument replace(String slug, String ifMatch, PersonRequest request) {
        Person person = forChange(slug, ifMatch);
        apply(person, request);
        return saved(person);
    }

    @Transactional
    public PersonDocument patch(String slug, String ifMatch, JsonNode patch) {
        Person person = forChange(slug, ifMatch);
        PersonRequest request = validation.patch(toRequest(person), patch, PersonRequest.class);
        apply(person, request);
        return saved(person);
    }

    /** Refused with 409 while an article names them (as author or subject) or a film credits them. */
    @Transactional
    public void delete(String slug, String ifMatch) {
        Person person = forChange(slug, ifMatch);
        PersonRepository.References references = people.references(person);
        if (references.any()) {
            throw new ProblemException(ProblemType.CONFLICT, "'" + person.slug + "' cannot be deleted while "
                    + references.describe() + ". Change those first.");
        }
        people.delete(person);
        flush();
    }

    private Person forChange(String slug, String ifMatch) {
        Person person = people.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No person has the slug '" + slug + "'."));
        Versions.require(ifMatch, person.version);
        return person;
    }

    private PersonDocument saved(Person person) {
        flush();
        return new PersonDocument(reads.toResponse(person), null);
    }

    private void flush() {
        Saves.flush(people.getEntityManager(), "person");
    }

    private void apply(Person person, PersonRequest request) {
        if (people.slugTakenByAnother(request.slug(), person.id)) {
            throw ProblemException.conflict("Another person already has the slug '" + request.slug() + "'.", "/slug");
        }
        List<PersonRequest.AffiliationRequest> affiliations = request.affiliations() == null ? List.of()
                : request.affiliations();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < affiliations.size(); i++) {
            PersonRequest.AffiliationRequest affiliation = affiliations.get(i);
            if (affiliation.fromYear() != null && affiliation.toYear() != null
                    && affiliation.toYear() < affiliation.fromYear()) {
                problems.add(FieldProblem.pointer("/affiliations/" + i + "/toYear", "must not be before fromYear"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidBody(problems);
        }
        if (person.id != null) {
            redirects.renamed(PersonService.REDIRECT_KIND, person.slug, request.slug(), person.id);
        }
        person.slug = request.slug();
        person.name = request.name().strip();
        person.sortName = request.sortName().strip();
        person.shortBio = request.shortBio();
        person.longBio = request.longBio();
        person.roles = request.roles() == null ? new ArrayList<>() : new ArrayList<>(request.roles());
        person.birthplace = request.birthplace();
        person.affiliations = new ArrayList<>(affiliations.stream()
                .map(a -> new Affiliation(a.organisation().strip(), a.role(), a.fromYear(), a.toYear()))
                .toList());
        person.links = request.links() == null ? new ArrayList<>()
                : new ArrayList<>(request.links().stream().map(l -> new PersonLink(l.label().strip(), l.url()))
                        .toList());
    }

    private static PersonRequest toRequest(Person person) {
        return new PersonRequest(person.slug, person.name, person.sortName, person.shortBio, person.longBio,
                List.copyOf(person.roles), person.birthplace,
                person.affiliations.stream()
                        .map(a -> new PersonRequest.AffiliationRequest(a.organisation(), a.role(), a.fromYear(),
                                a.toYear()))
                        .toList(),
                person.links.stream().map(l -> new PersonRequest.LinkRequest(l.label(), l.url())).toList());
    }
}
