package org.myknees.adapter.rest.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps idempotent responses in this process for a while ({@code retention}); expired entries are dropped. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Clock clock;

    public InMemoryIdempotencyStore(Duration retention, Clock clock) {
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Claim claim(String scope, String key, String fingerprint) {
        Instant now = clock.instant();
        entries.values().removeIf(e -> e.expiresAt().isBefore(now));
        Entry mine = new Entry(fingerprint, null, now.plus(retention));
        Entry existing = entries.putIfAbsent(id(scope, key), mine);
        if (existing == null) {
            return new Claim.Granted();
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        return existing.response() == null ? new Claim.InProgress() : new Claim.Replay(existing.response());
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        entries.computeIfPresent(id(scope, key), (k, e) -> new Entry(e.fingerprint(), response, e.expiresAt()));
    }

    @Override
    public void release(String scope, String key) {
        entries.remove(id(scope, key));
    }

    private static String id(String scope, String key) {
        return scope + "\n" + key;
    }

    private record Entry(String fingerprint, StoredResponse response, Instant expiresAt) {
    }
}
