package org.myknees.bootstrap.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.myknees.adapter.persistence.memory.InMemoryPersistence;
import org.myknees.adapter.persistence.memory.InMemoryRefreshTokenStore;
import org.myknees.adapter.persistence.memory.InMemoryUserRepository;

/**
 * Chooses the store from {@code myknees.store.kind}: the single place where a new store is wired in. Today only
 * {@code memory} exists in this module; the PostgreSQL store comes with its adapter.
 */
@ApplicationScoped
public class StoreProducer {

    @Inject
    @ConfigProperty(name = "myknees.store.kind", defaultValue = "memory")
    String kind;

    @Produces
    @Singleton
    Stores stores() {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "memory" -> memory();
            default -> throw new IllegalStateException("myknees.store.kind=" + kind
                    + " is not available in this server; use 'memory'");
        };
    }

    private static Stores memory() {
        InMemoryPersistence store = new InMemoryPersistence();
        return new Stores("memory", store.households(), store.accounts(), store.transactions(), store.categories(),
                store.oneTimeEvents(), store.reports(), store.unitOfWork(), store.outbox(),
                new InMemoryUserRepository(), new InMemoryRefreshTokenStore(), () -> true);
    }
}
