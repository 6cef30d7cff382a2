package org.myknees.adapter.inference.djl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.myknees.application.categorization.port.out.Suggestion;

/**
 * The labelled examples one household taught, append-only, one per key (a later correction of the same
 * normalized descriptor replaces the earlier one). Writers are serialised; readers take a {@link Snapshot} without
 * locking: slots are written before the snapshot that counts them is published.
 */
final class HouseholdExamples {

    /** The examples as of one moment, and the suggestions already computed against exactly those examples. */
    record Snapshot(int size, String[] descriptors, String[] codes, String[][] tokens, float[] vectors,
                    LruCache<List<Suggestion>> results) {
    }

    private final Map<String, Integer> slotByKey = new HashMap<>();
    private final boolean withVectors;
    private final int resultCapacity;
    private volatile Snapshot snapshot;

    HouseholdExamples(boolean withVectors, int resultCapacity) {
        this.withVectors = withVectors;
        this.resultCapacity = resultCapacity;
        this.snapshot = new Snapshot(0, new String[4], new String[4], new String[4][],
                withVectors ? new float[4 * MiniLmEmbedder.DIMENSIONS] : null, new LruCache<>(resultCapacity));
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Adds or replaces the example for {@code key}; the new snapshot starts with an empty result cache. */
    synchronized void teach(String key, String descriptor, String code, float[] vector) {
        Snapshot current = snapshot;
        Integer existing = slotByKey.get(key);
        int slot = existing != null ? existing : current.size();
        String[] descriptors = current.descriptors();
        String[] codes = current.codes();
        String[][] tokens = current.tokens();
        float[] vectors = current.vectors();
        if (slot == descriptors.length) {
            int capacity = descriptors.length * 2;
            descriptors = Arrays.copyOf(descriptors, capacity);
            codes = Arrays.copyOf(codes, capacity);
            tokens = Arrays.copyOf(tokens, capacity);
            vectors = withVectors ? Arrays.copyOf(vectors, capacity * MiniLmEmbedder.DIMENSIONS) : null;
        }
        descriptors[slot] = descriptor;
        codes[slot] = code;
        tokens[slot] = Tokens.of(key);
        if (withVectors) {
            System.arraycopy(vector, 0, vectors, slot * MiniLmEmbedder.DIMENSIONS, MiniLmEmbedder.DIMENSIONS);
        }
        slotByKey.put(key, slot);
        int size = Math.max(current.size(), slot + 1);
        snapshot = new Snapshot(size, descriptors, codes, tokens, vectors, new LruCache<>(resultCapacity));
    }
}
