package org.myknees.bootstrap.server;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.myknees.adapter.persistence.memory.InMemoryPersistence;
import org.myknees.adapter.persistence.memory.InMemoryRefreshTokenStore;
import org.myknees.adapter.persistence.memory.InMemoryUserRepository;
import org.myknees.adapter.persistence.postgres.PostgresPersistence;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;

/**
 * Chooses the store from {@code myknees.store.kind}: the single place where a store is wired in. {@code postgres}
 * (the default) follows the command line's rules: the external server of {@code MYKNEES_DB_URL} when set, else the
 * embedded server in {@code <data dir>/postgres}. {@code memory} keeps everything in this process only.
 */
@ApplicationScoped
public class StoreProducer {

    private static final Logger LOG = Logger.getLogger(StoreProducer.class.getName());

    @Inject
    @ConfigProperty(name = "myknees.store.kind", defaultValue = "postgres")
    String kind;

    @Inject
    DataDirectory dataDirectory;

    private PostgresDatabase database;
    private PostgresPersistence persistence;

    @Produces
    @Singleton
    Stores stores() {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "postgres" -> postgres();
            case "memory" -> memory();
            default -> throw new IllegalStateException("myknees.store.kind=" + kind
                    + " is not a store of this server; use 'postgres' or 'memory'");
        };
    }

    /** Opens the store when the application starts, so that a database that cannot start fails the deployment. */
    void openAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started, Stores stores) {
        LOG.info(() -> "MyKnees stores in " + stores.name());
    }

    /** Closes the store's sessions and the pool, then stops the embedded server (with a checkpoint). */
    @PreDestroy
    void close() {
        try {
            if (persistence != null) {
                persistence.close();
            }
        } finally {
            if (database != null) {
                database.close();
                LOG.info(() -> "Closed " + database.description());
            }
        }
    }

    private Stores postgres() {
        database = PostgresDatabase.forMyKnees(dataDirectory.path(), System.getenv());
        try {
            persistence = PostgresPersistence.start(database.dataSource());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        PostgresPersistence store = persistence;
        DataSource dataSource = database.dataSource();
        return new Stores(database.description(), store.households(), store.accounts(), store.transactions(),
                store.categories(), store.oneTimeEvents(), store.reports(), store.unitOfWork(), store.outbox(),
                store.users(), store.refreshTokens(), store.corrections(), store.rules(), () -> answers(dataSource));
    }

    private static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            return statement.execute("SELECT 1 FROM flyway_schema_history LIMIT 1");
        } catch (SQLException e) {
            return false;
        }
    }

    private static Stores memory() {
        InMemoryPersistence store = new InMemoryPersistence();
        return new Stores("memory", store.households(), store.accounts(), store.transactions(), store.categories(),
                store.oneTimeEvents(), store.reports(), store.unitOfWork(), store.outbox(),
                new InMemoryUserRepository(), new InMemoryRefreshTokenStore(), store.corrections(), store.rules(),
                () -> true);
    }
}
