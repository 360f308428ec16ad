package no.vidsynt.core.people.control;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result, as the API returns it: {@code {items, total, page, size}}, pages counted from 0.
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public <R> ResultPage<R> map(Function<T, R> mapping) {
        return new ResultPage<>(items.stream().map(mapping).toList(), total, page, size);
    }

    /** A page size within 1..{@value #MAX_SIZE}; 20 when none is given. */
    public static int size(Integer requested) {
        return requested == null ? 20 : Math.max(1, Math.min(MAX_SIZE, requested));
    }

    public static int page(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }

    /**
     * True when the paging asked for is possible (page 0 or more, size 1..{@value #MAX_SIZE}, or not given): the API
     * refuses anything else with a 400, like the other lists, instead of quietly serving another page.
     */
    public static boolean possible(Integer page, Integer size) {
        return (page == null || page >= 0) && (size == null || size >= 1 && size <= MAX_SIZE);
    }
}
