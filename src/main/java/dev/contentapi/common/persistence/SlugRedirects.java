package dev.contentapi.common.persistence;

import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.http.MovedException;

/**
 * The old slugs of renamed items. A rename records the old slug; a slug that is taken again (by a rename back, or by
 * another item) stops redirecting, since a live item now answers to it.
 */
@ApplicationScoped
public class SlugRedirects {

    private final EntityManager em;

    SlugRedirects(EntityManager em) {
        this.em = em;
    }

    /** Call when an item takes {@code newSlug}, after having {@code oldSlug} (null for a new item). */
    public void renamed(String kind, String oldSlug, String newSlug, long id) {
        em.createNativeQuery("delete from slug_redirect where kind = :kind and old_slug = :slug")
                .setParameter("kind", kind).setParameter("slug", newSlug).executeUpdate();
        if (oldSlug != null && !oldSlug.equals(newSlug)) {
            em.createNativeQuery("""
                    insert into slug_redirect (kind, old_slug, target_id) values (:kind, :slug, :id)
                    on conflict (kind, old_slug) do update set target_id = excluded.target_id, created_at = now()""")
                    .setParameter("kind", kind).setParameter("slug", oldSlug).setParameter("id", id).executeUpdate();
        }
    }

    /**
     * What to answer for a slug no item has: a 301 to the current address of the item that had it, if there is one and
     * the caller may see it, or else a 404.
     *
     * @param visibleAt the current path of the item with this id, if the caller may see it
     */
    public RuntimeException movedOrNotFound(String kind, String slug, LongFunction<Optional<String>> visibleAt,
            String notFound) {
        return target(kind, slug)
                .flatMap(id -> visibleAt.apply(id))
                .<RuntimeException> map(MovedException::new)
                .orElseGet(() -> ProblemException.notFound(notFound));
    }

    /** The id of the item that had this slug, if one did. */
    public Optional<Long> target(String kind, String oldSlug) {
        return em.createNativeQuery("select target_id from slug_redirect where kind = :kind and old_slug = :slug")
                .setParameter("kind", kind).setParameter("slug", oldSlug)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }
}
