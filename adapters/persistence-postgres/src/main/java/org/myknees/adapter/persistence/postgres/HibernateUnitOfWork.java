package org.myknees.adapter.persistence.postgres;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.myknees.application.port.out.UnitOfWork;

/**
 * A unit of work is one Hibernate session with one database transaction, bound to the calling thread. A unit
 * started while another is open on the thread joins it, so the outermost one commits or rolls back. Repository
 * calls made outside any unit run in a unit of their own.
 *
 * <p>Repositories never keep entities managed between calls (they flush and clear after each operation), so a
 * long unit such as an import does not grow a persistence context and never works on stale entities.
 */
final class HibernateUnitOfWork implements UnitOfWork {

    private final SessionFactory sessions;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    HibernateUnitOfWork(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Session session = sessions.openSession();
        current.set(session);
        Transaction unit = null;
        try {
            unit = session.beginTransaction();
            T result = work.get();
            session.flush();
            unit.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(unit, e);
            throw e;
        } finally {
            current.remove();
            session.close();
        }
    }

    /**
     * Runs one repository operation with the session of the current unit, starting a unit when none is open. The
     * operation flushes what it writes; its entities are detached afterwards.
     */
    <T> T withSession(Function<Session, T> work) {
        return execute(() -> {
            Session session = current.get();
            try {
                return work.apply(session);
            } finally {
                session.clear();
            }
        });
    }

    private static void rollbackQuietly(Transaction unit, Throwable cause) {
        if (unit == null || !unit.isActive()) {
            return;
        }
        try {
            unit.rollback();
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
