package dev.contentapi.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as a service answers it: the items and where they stand. */
public record Paged<T>(List<T> items, PageMeta meta) {

    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(items.stream().<R> map(mapper).toList(), meta);
    }
}
