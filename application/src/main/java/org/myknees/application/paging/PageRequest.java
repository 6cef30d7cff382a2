package org.myknees.application.paging;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page to read: after an opaque cursor from the previous page (empty for the first page), at most
 * {@code limit} items (1 to 500).
 */
public record PageRequest(Optional<String> cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " items, not " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(Optional.of(cursor), limit);
    }
}
