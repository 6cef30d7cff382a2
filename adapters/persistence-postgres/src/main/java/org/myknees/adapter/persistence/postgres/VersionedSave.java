package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.myknees.application.port.out.VersionConflictException;

/**
 * The save rule of every repository: insert at version 0 when the aggregate is not stored, otherwise replace the
 * stored state only when its version is the one given; either way the stored version becomes the given one plus
 * one. The check is optimistic: the update carries {@code WHERE version = ?}, so a writer that came in between
 * makes it fail with a {@link VersionConflictException} instead of being overwritten.
 */
final class VersionedSave {

    private VersionedSave() {
    }

    /**
     * The stored state before the save (empty for an insert) and the new version.
     *
     * @param <D> the aggregate type
     */
    record Saved<D>(Optional<D> previous, long version) {
    }

    static <D, E extends StoredAggregate<D>> Saved<D> save(Session session, Class<E> type, Object key, D aggregate,
                                                          long version, Function<D, E> create, String what, Object id) {
        E stored = session.find(type, key);
        if (stored == null) {
            if (version != 0) {
                throw new VersionConflictException(what, id, version);
            }
            E entity = create.apply(aggregate);
            session.persist(entity);
            flush(session, what, id, version);
            return new Saved<>(Optional.empty(), entity.version());
        }
        if (stored.version() != version) {
            throw new VersionConflictException(what, id, version);
        }
        D previous = stored.toDomain();
        if (previous.equals(aggregate)) {
            // Nothing is dirty, so Hibernate would not touch the row; a save still counts as a change.
            lock(session, stored, what, id, version);
        } else {
            stored.copyFrom(aggregate);
        }
        flush(session, what, id, version);
        return new Saved<>(Optional.of(previous), stored.version());
    }

    private static void lock(Session session, Object entity, String what, Object id, long version) {
        try {
            session.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (RuntimeException e) {
            throw translate(e, what, id, version);
        }
    }

    private static void flush(Session session, String what, Object id, long version) {
        try {
            session.flush();
        } catch (RuntimeException e) {
            throw translate(e, what, id, version);
        }
    }

    private static RuntimeException translate(RuntimeException e, String what, Object id, long version) {
        // A concurrent writer either bumped the version first or inserted the same id first.
        if (DatabaseFailures.isStaleState(e)
                || DatabaseFailures.violatedConstraint(e).filter(c -> c.endsWith("_pk")).isPresent()) {
            return new VersionConflictException(what, id, version);
        }
        return e;
    }
}
