package dev.contentapi.change;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Every query of the change feed ({@code change_event}, written by the triggers of migration V10). Positions are the
 * events' {@code seq}, which follows commit order: whoever sees an event sees every event before it.
 */
@ApplicationScoped
public class ChangeRepository {

    private final EntityManager em;

    ChangeRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Where the feed stands: {@code head}, the last position committed (every event up to it is committed or was
     * rolled back, never still to come), and {@code purgedThrough}, the last position retention deleted.
     */
    record Bounds(long head, long purgedThrough) {
    }

    /** Events after a position, and where the feed stood when they were read (one snapshot for both). */
    record Slice(List<ChangeRow> rows, Bounds bounds) {
    }

    @Transactional
    public Bounds bounds() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select greatest(purged_through, coalesce((select max(seq) from change_event), 0)), purged_through
                from change_feed""").getSingleResult();
        return new Bounds(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * Up to {@code limit} events after {@code position}, oldest first, of these types, that an audience which sees
     * every change of {@code everything} (and only the public ones of the others) may see.
     */
    @Transactional
    public Slice after(long position, Set<ChangeType> types, Set<ChangeType> everything, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                with feed as (
                    select purged_through,
                           greatest(purged_through, coalesce((select max(seq) from change_event), 0)) as head
                    from change_feed
                )
                select f.head, f.purged_through, e.seq, e.item_type, e.item_id, e.slug, e.previous_slug,
                       e.article_slug, e.operation, e.status, e.version, e.public_before, e.public_after, e.occurred_at
                from feed f
                left join lateral (
                    select * from change_event e
                    where e.seq > :position and e.seq <= f.head
                      and e.item_type = any (cast(:types as text[]))
                      and (e.item_type = any (cast(:everything as text[])) or e.public_before or e.public_after)
                    order by e.seq
                    limit :limit
                ) e on true
                order by e.seq""")
                .setParameter("position", position)
                .setParameter("types", codes(types))
                .setParameter("everything", codes(everything))
                .setParameter("limit", limit)
                .getResultList();
        Object[] first = result.get(0);
        Bounds bounds = new Bounds(((Number) first[0]).longValue(), ((Number) first[1]).longValue());
        List<ChangeRow> rows = new ArrayList<>(result.size());
        for (Object[] row : result) {
            if (row[2] != null) {
                rows.add(new ChangeRow(((Number) row[2]).longValue(), ChangeType.ofCode((String) row[3]),
                        ((Number) row[4]).longValue(), (String) row[5], (String) row[6], (String) row[7],
                        (String) row[8], (String) row[9], ((Number) row[10]).longValue(), (Boolean) row[11],
                        (Boolean) row[12], instant(row[13])));
            }
        }
        return new Slice(rows, bounds);
    }

    /**
     * Deletes the events that happened before {@code before} (always a prefix of the feed, so that
     * {@code purged_through} says exactly what is gone) and answers how many. Nothing due, no statement: a delete of
     * no rows would still notify the response caches of every replica.
     */
    @Transactional
    public long purge(Instant before) {
        // The last event before that time (by its index; times follow seq, drawn under the same lock).
        @SuppressWarnings("unchecked")
        List<Number> last = em.createNativeQuery("""
                select seq from change_event where occurred_at < :before order by occurred_at desc limit 1""")
                .setParameter("before", before)
                .getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        Number cutoff = last.get(0);
        em.createNativeQuery("update change_feed set purged_through = greatest(purged_through, :cutoff)")
                .setParameter("cutoff", cutoff.longValue())
                .executeUpdate();
        return em.createNativeQuery("delete from change_event where seq <= :cutoff")
                .setParameter("cutoff", cutoff.longValue())
                .executeUpdate();
    }

    private static String[] codes(Set<ChangeType> types) {
        return types.stream().map(ChangeType::code).toArray(String[]::new);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
