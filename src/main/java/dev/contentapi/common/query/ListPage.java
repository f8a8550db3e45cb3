package dev.contentapi.common.query;

import java.util.List;

import dev.contentapi.common.paging.PageMeta;

/** One page of a list as the database answered it: the items, and where they stand (total, next cursor). */
public record ListPage<E>(List<E> items, PageMeta meta) {
}
