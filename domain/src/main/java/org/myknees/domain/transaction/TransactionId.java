package org.myknees.domain.transaction;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifies a transaction. Created by the application, never by a store.
 *
 * <p>{@link #timeOrdered} makes ids in the layout of UUID version 7 (RFC 9562): the first 48 bits count milliseconds
 * since the epoch, the next 12 bits count ids within the same millisecond, the rest is random. Ids made one after
 * the other sort one after the other, so a store's index on them grows at its end instead of at random places. The
 * time in an id says only when the id was made; nothing reads it back.
 */
public record TransactionId(UUID value) {

    /** The 60 time-ordered bits (milliseconds and counter) of the last id made in this process. */
    private static final AtomicLong LAST = new AtomicLong();

    public TransactionId {
        Objects.requireNonNull(value, "TransactionId value");
    }

    /** A random id (UUID version 4). */
    public static TransactionId newId() {
        return new TransactionId(UUID.randomUUID());
    }

    /** A time-ordered id (UUID version 7 layout), later than every id this process made before. */
    public static TransactionId timeOrdered(Clock clock) {
        long millis = clock.millis();
        // Milliseconds shifted past the counter; when the clock stands still or steps back, the counter goes on.
        long ordered = LAST.updateAndGet(last -> Math.max(last + 1, millis << 12));
        long high = (ordered >>> 12) << 16 | 0x7000L | (ordered & 0xFFFL);
        long low = ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new TransactionId(new UUID(high, low));
    }

    public static TransactionId of(String text) {
        return new TransactionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
