package dev.contentapi.film;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListRunner;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Every query about films. */
@ApplicationScoped
public class FilmRepository implements PanacheRepository<Film> {

    private final CursorCodec cursors;

    FilmRepository(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public Optional<Film> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Film findBySlugOrNull(String slug) {
        return find("slug", slug).firstResult();
    }

    public ListPage<Film> page(FilmFilter filter, ListQuery<Film> query) {
        return ListRunner.run(getEntityManager(), Film.class, "film f", filter.where(), query, cursors);
    }
}
