package dev.contentapi.common.query;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import dev.contentapi.common.paging.PageMeta;
import dev.contentapi.common.persistence.EditableEntity;
import dev.contentapi.common.persistence.ReadOnlyReads;

/**
 * Runs a list: one SQL statement for the ids of the page (filters, order, keyset or offset, one row more than asked to
 * know whether more follow), one for their entities, one for the total (a kept one for unfiltered public lists). The number of
 * statements does not grow with
 * the page size; related records are loaded afterwards in batches.
 */
public final class ListRunner {

    private ListRunner() {
    }

    /**
     * @param from the SQL {@code from} clause, e.g. {@code article a}
     * @param where the filters, with their bound values
     */
    public static <E extends EditableEntity> ListPage<E> run(EntityManager em, Class<E> type, String from,
            SqlQuery where, ListQuery<E> query, CursorCodec cursors) {
        return run(em, type, from, where, null, query, cursors);
    }

    /**
     * @param keptTotal the {@code list_total} row that holds the total of exactly these rows (an unfiltered public
     *        list, kept by triggers), or null to count them
     */
    public static <E extends EditableEntity> ListPage<E> run(EntityManager em, Class<E> type, String from,
            SqlQuery where, String keptTotal, ListQuery<E> query, CursorCodec cursors) {
        long total = keptTotal == null ? where.count(em, "select count(*) from " + from + " where " + where.where())
                : ((Number) em.createNativeQuery("select total from list_total where list = :list")
                        .setParameter("list", keptTotal).getSingleResult()).longValue();
        return run(em, type, from, where, total, query, cursors);
    }

    /**
     * @param total how many rows {@code where} selects, known without counting them (kept by triggers as content
     *        changes, e.g. on a row the caller has read already)
     */
    public static <E extends EditableEntity> ListPage<E> run(EntityManager em, Class<E> type, String from,
            SqlQuery where, long total, ListQuery<E> query, CursorCodec cursors) {
        ReadOnlyReads.begin(em);
        ListSort<E> sort = query.sort();
        int size = query.page().size();

        SqlQuery window = where.copy();
        int offset = 0;
        if (query.cursor() != null) {
            Keyset.after(window, sort, query.cursor().after());
        } else {
            offset = query.page().offset();
        }
        List<Long> ids = window.ids(em, "select " + sort.idColumn() + " from " + from + " where " + window.where()
                + " order by " + sort.orderBy() + " limit " + (size + 1) + " offset " + offset);
        boolean more = ids.size() > size;
        List<Long> pageIds = more ? ids.subList(0, size) : ids;

        List<E> items = load(em, type, pageIds);
        String nextCursor = more && !items.isEmpty()
                ? cursors.encode(new Cursor(sort.spec(), query.filters(),
                        Keyset.valuesOf(sort, items.get(items.size() - 1), items.get(items.size() - 1).id)))
                : null;
        Integer page = query.cursor() == null ? query.page().page() : null;
        return new ListPage<>(items, PageMeta.of(page, size, total, nextCursor));
    }

    /**
     * The page's rows, in the page's order, in one statement ({@code id = any(?)} with an array on PostgreSQL). Through
     * Hibernate's multi-load rather than a query with an {@code in} list, whose plan Hibernate cannot cache (it
     * depends on the list's length) and would build anew for every page.
     */
    private static <E extends EditableEntity> List<E> load(EntityManager em, Class<E> type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).byMultipleIds(type).multiLoad(ids).stream().filter(Objects::nonNull).toList();
    }
}
