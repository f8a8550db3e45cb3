package dev.contentapi.person;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Every query about people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    public Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Person> page(Sort sort, PageRequest page) {
        return findAll(sort).page(Page.of(page.page() - 1, page.size())).list();
    }
}
