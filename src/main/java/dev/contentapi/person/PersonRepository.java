package dev.contentapi.person;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListRunner;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Every query about people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    private final CursorCodec cursors;

    PersonRepository(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Person findBySlugOrNull(String slug) {
        return find("slug", slug).firstResult();
    }

    public ListPage<Person> page(PersonFilter filter, ListQuery<Person> query) {
        return ListRunner.run(getEntityManager(), Person.class, "person p", filter.where(), query, cursors);
    }
}
