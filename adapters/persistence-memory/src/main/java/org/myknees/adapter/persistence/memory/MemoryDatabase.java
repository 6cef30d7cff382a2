package org.myknees.adapter.persistence.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The lock and undo journal shared by the in-memory repositories of one store. A unit of work holds the write
 * lock for its whole duration (units are serialized) and records an undo action for every write; when the
 * work fails, the actions run in reverse so the store is exactly as before. Reads take the read lock, so no
 * reader ever sees a unit's uncommitted writes.
 */
final class MemoryDatabase {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();

    <T> T inUnit(Supplier<T> work) {
        if (journal.get() != null) {
            return work.get();
        }
        lock.writeLock().lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        journal.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        } finally {
            journal.remove();
            lock.writeLock().unlock();
        }
    }

    <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Puts a value into a map inside the current unit, restoring the previous value on rollback. */
    <K, V> V put(java.util.Map<K, V> map, K key, V value) {
        V previous = map.get(key);
        return write(() -> {
            map.put(key, value);
            return value;
        }, () -> {
            if (previous == null) {
                map.remove(key);
            } else {
                map.put(key, previous);
            }
        });
    }

    /** Applies a change inside the current unit (or a unit of its own) and journals how to undo it. */
    <T> T write(Supplier<T> change, Runnable undo) {
        return inUnit(() -> {
            T result = change.get();
            journal.get().push(undo);
            return result;
        });
    }
}
