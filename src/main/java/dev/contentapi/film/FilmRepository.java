package dev.contentapi.film;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Every query about films. */
@ApplicationScoped
public class FilmRepository implements PanacheRepository<Film> {

    private static final String CREDITED = "id in (select c.film.id from Credit c where c.person.id = ?1)";

    public Optional<Film> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Film> page(Sort sort, PageRequest page) {
        return findAll(sort).page(Page.of(page.page() - 1, page.size())).list();
    }

    /** The films a person has a credit in. */
    public List<Film> pageCrediting(long personId, Sort sort, PageRequest page) {
        return find(CREDITED, sort, personId).page(Page.of(page.page() - 1, page.size())).list();
    }

    public long countCrediting(long personId) {
        return count(CREDITED, personId);
    }
}
