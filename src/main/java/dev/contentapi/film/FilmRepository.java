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

    public boolean slugTakenByAnother(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** How many articles are about the film: while any are, it cannot be deleted. */
    public long articlesAbout(Film film) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from article_film where film_id = :id")
                .setParameter("id", film.id).getSingleResult()).longValue();
    }

    public ListPage<Film> page(FilmFilter filter, ListQuery<Film> query) {
        return ListRunner.run(getEntityManager(), Film.class, "film f", filter.where(),
                filter.fingerprint().isEmpty() ? "film" : null, query, cursors);
    }
}
