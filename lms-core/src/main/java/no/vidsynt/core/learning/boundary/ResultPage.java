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

    /**
     * Refuses impossible paging with a 400 (checked by hand: Payara's OpenAPI generator fails on constraint
     * annotations of query parameters).
     */
    public static void check(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw new jakarta.ws.rs.BadRequestException(
                    "page must be 0 or more and size between 1 and " + maxSize + ".");
        }
    }
}
