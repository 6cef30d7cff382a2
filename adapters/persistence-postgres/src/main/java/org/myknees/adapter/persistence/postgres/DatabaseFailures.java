package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads what went wrong out of the exceptions Hibernate and the driver throw. */
final class DatabaseFailures {

    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    /** The name of the unique or primary key constraint a write violated, if that is why it failed. */
    static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.ofNullable(sql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }

    /** Whether an optimistic-lock check failed: the row was changed or removed by another unit of work. */
    static boolean isStaleState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
