package org.myknees.adapter.persistence.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.myknees.domain.household.HouseholdId;

/**
 * The lock and undo journal shared by the in-memory repositories of one store. A unit of work holds the write
 * lock for its whole duration (units are serialized) and records an undo action for every write; when the
 * work fails, the actions run in reverse so the store is exactly as before. Reads take the read lock, so no
 * reader ever sees a unit's uncommitted writes.
 *
 * <p>Every write of household data names its household ({@link #put}, {@link #write}): the first one of a unit
 * advances that household's data revision, journaled like any write, so a rolled-back unit leaves it as it was.
 */
final class MemoryDatabase {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();
    private final ThreadLocal<Set<HouseholdId>> revised = new ThreadLocal<>();
    private final Map<HouseholdId, Long> revisions = new HashMap<>();

    <T> T inUnit(Supplier<T> work) {
        if (journal.get() != null) {
            return work.get();
        }
        lock.writeLock().lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        journal.set(undo);
        revised.set(new HashSet<>());
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        } finally {
            journal.remove();
            revised.remove();
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

    /** The household's committed data revision (0 until its data first changes). */
    long revision(HouseholdId household) {
        return read(() -> revisions.getOrDefault(household, 0L));
    }

    /** {@link #putUnrevised} for a write of the household's data, which advances its revision. */
    <K, V> V put(HouseholdId household, Map<K, V> map, K key, V value) {
        return inUnit(() -> {
            revise(household);
            return putUnrevised(map, key, value);
        });
    }

    /** {@link #writeUnrevised} for a write of the household's data, which advances its revision. */
    <T> T write(HouseholdId household, Supplier<T> change, Runnable undo) {
        return inUnit(() -> {
            revise(household);
            return writeUnrevised(change, undo);
        });
    }

    private void revise(HouseholdId household) {
        if (revised.get().add(household)) {
            putUnrevised(revisions, household, revisions.getOrDefault(household, 0L) + 1);
        }
    }

    /**
     * Puts a value into a map inside the current unit, restoring the previous value on rollback; for what is not
     * a household's data (the household and its members, the outbox).
     */
    <K, V> V putUnrevised(Map<K, V> map, K key, V value) {
        V previous = map.get(key);
        return writeUnrevised(() -> {
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

    /**
     * Applies a change inside the current unit (or a unit of its own) and journals how to undo it; for what is not
     * a household's data.
     */
    <T> T writeUnrevised(Supplier<T> change, Runnable undo) {
        return inUnit(() -> {
            T result = change.get();
            journal.get().push(undo);
            return result;
        });
    }
}
