package org.myknees.adapter.inference.djl;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded map that forgets the least recently used entry first. Thread-safe. */
final class LruCache<V> {

    private final Map<String, V> entries;

    LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, V value) {
        entries.put(key, value);
    }
}
