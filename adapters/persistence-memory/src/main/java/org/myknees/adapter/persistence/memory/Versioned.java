package org.myknees.adapter.persistence.memory;

import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.myknees.application.port.out.VersionConflictException;

/** The optimistic-concurrency rule of every in-memory repository's {@code save}. */
final class Versioned {

    private Versioned() {
    }

    /**
     * Checks the version of {@code next} against what the map holds under {@code key} and returns {@code next}
     * with the following version: a new aggregate must come with version 0, a stored one with its stored
     * version.
     */
    static <K, V> V next(String what, Map<K, V> stored, K key, V next, ToLongFunction<V> version,
                         LongFunction<V> withVersion) {
        V current = stored.get(key);
        long expected = version.applyAsLong(next);
        long actual = current == null ? 0 : version.applyAsLong(current);
        if (expected != actual) {
            throw new VersionConflictException(what, key, expected);
        }
        return withVersion.apply(actual + 1);
    }
}
