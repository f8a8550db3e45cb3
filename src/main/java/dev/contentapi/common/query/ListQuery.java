package dev.contentapi.common.query;

import java.util.Map;
import java.util.Set;

import dev.contentapi.common.paging.PageRequest;
import io.quarkus.panache.common.Sort;

/** What a list request asks for: which page, in which order, with which related records. */
public record ListQuery(PageRequest page, Sort sort, Set<String> include) {

    /**
     * Reads the list parameters against a type's allow-lists, reporting every invalid one together.
     *
     * @param sorts API sort field to entity property, in documentation order
     * @param defaultSort the sort when the parameter is absent, in the parameter's syntax
     * @param includes the relations that {@code include} may name
     */
    public static ListQuery of(PageParameters paging, String sort, Map<String, String> sorts, String defaultSort,
            String include, Set<String> includes) {
        ParameterErrors errors = new ParameterErrors();
        Integer page = errors.check(() -> PageRequest.page(paging.page));
        Integer size = errors.check(() -> PageRequest.size(paging.size));
        Sort order = errors.check(() -> SortParameter.parse(sort, sorts, defaultSort));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, includes));
        errors.throwIfAny();
        return new ListQuery(new PageRequest(page, size), order, related);
    }
}
