package org.myknees.adapter.persistence.postgres;

import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.application.contract.PortsUnderTest;

/**
 * The PostgreSQL store as the tests see it: one store in a schema of its own, shared by every suite of the test
 * JVM (the suites work in households of their own), so Hibernate starts once.
 */
final class PostgresPorts {

    private static PostgresDatabase database;
    private static PostgresPersistence store;
    private static PortsUnderTest ports;

    private PostgresPorts() {
    }

    static synchronized PortsUnderTest shared() {
        if (ports == null) {
            database = TestPostgres.freshSchema();
            store = PostgresPersistence.start(database.dataSource());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                database.close();
            }, "test-store-close"));
            ports = of(store);
        }
        return ports;
    }

    /** The store under {@link #shared()}, for ports the contract record does not carry. */
    static synchronized PostgresPersistence sharedStore() {
        shared();
        return store;
    }

    /** The database under {@link #shared()}, for tests that look at the tables themselves. */
    static synchronized PostgresDatabase sharedDatabase() {
        shared();
        return database;
    }

    static PortsUnderTest of(PostgresPersistence store) {
        return new PortsUnderTest(store.unitOfWork(), store.outbox(), store.households(), store.accounts(),
                store.transactions(), store.categories(), store.oneTimeEvents(), store.reports(),
                store.importBatches(),
                store.purchases());
    }
}
