package no.vidsynt.core.learning.boundary;

import java.util.List;

/**
 * One page of a longer list, as every list endpoint of the learning API returns it.
 *
 * @param items the items on this page
 * @param total how many items there are in all
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static <T> ResultPage<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ResultPage<>(List.copyOf(all.subList(from, to)), all.size(), page, size);
    }
}
