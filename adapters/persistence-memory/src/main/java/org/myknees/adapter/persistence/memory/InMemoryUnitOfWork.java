package org.myknees.adapter.persistence.memory;

import java.util.Objects;
import java.util.function.Supplier;
import org.myknees.application.port.out.UnitOfWork;

/** Units of work over an in-memory store: serialized, all-or-nothing through the store's undo journal. */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final MemoryDatabase database;

    InMemoryUnitOfWork(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        return database.inUnit(work);
    }
}
