package dev.contentapi.common.query;

import java.util.Set;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.paging.PageRequest;

/**
 * What a list request asks for: a page by number, or the items after a cursor; in which order; with which related
 * records; and the filters it was asked with ({@code filters}: their canonical text, which a cursor must match).
 */
public record ListQuery<E>(PageRequest page, Cursor cursor, ListSort<E> sort, Set<String> include, String filters) {

    /** Reads the list parameters against a type's allow-lists, noting every invalid one in {@code errors}. */
    public static <E> ListQuery<E> read(ListParameters paging, String sort, String include, ListSpec<E> spec,
            String filters, CursorCodec cursors, ParameterErrors errors) {
        Integer page = errors.check(() -> PageRequest.page(paging.page));
        Integer size = errors.check(() -> PageRequest.size(paging.size));
        ListSort<E> order = errors.check(() -> ListSort.parse(sort, spec.sorts(), spec.defaultSort(), spec.idColumn()));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, spec.includes()));
        Cursor cursor = paging.cursor == null ? null : errors.check(() -> {
            if (paging.page != null) {
                throw ProblemException.invalidParameter(Cursor.PARAMETER, "cannot be combined with page");
            }
            Cursor decoded = cursors.decode(paging.cursor);
            if (order != null && !decoded.sort().equals(order.spec())) {
                throw ProblemException.invalidParameter(Cursor.PARAMETER,
                        "was made for sort=" + decoded.sort() + "; ask with the same sort, or start again without a cursor");
            }
            if (!decoded.filters().equals(filters)) {
                throw ProblemException.invalidParameter(Cursor.PARAMETER,
                        "was made for other filters; ask with the same filters, or start again without a cursor");
            }
            return decoded;
        });
        errors.throwIfAny();
        return new ListQuery<>(new PageRequest(page, size), cursor, order, related, filters);
    }
}
