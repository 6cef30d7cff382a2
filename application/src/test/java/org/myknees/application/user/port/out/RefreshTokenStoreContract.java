package org.myknees.application.user.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myknees.domain.household.UserId;

/** What every {@link RefreshTokenStore} must do; each implementation's test extends this class. */
public abstract class RefreshTokenStoreContract {

    private static final Instant EXPIRES = Instant.parse("2025-04-01T10:00:00Z");

    private RefreshTokenStore store;

    /** A new, empty store. */
    protected abstract RefreshTokenStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void anAddedTokenIsFoundAndLive() {
        StoredRefreshToken token = new StoredRefreshToken("h1", UUID.randomUUID(), UserId.newId(), EXPIRES);
        store.add(token);

        assertThat(store.find("h1")).contains(token);
        assertThat(store.find("other")).isEmpty();
        assertThat(store.isRevoked(token.family())).isFalse();
    }

    @Test
    void aTokenCanBeMarkedUsedOnlyOnce() {
        store.add(new StoredRefreshToken("h1", UUID.randomUUID(), UserId.newId(), EXPIRES));

        assertThat(store.markUsed("h1")).isTrue();
        assertThat(store.markUsed("h1")).isFalse();
        assertThat(store.find("h1")).isPresent();
    }

    @Test
    void concurrentUsesOfOneTokenLetExactlyOneThrough() throws Exception {
        store.add(new StoredRefreshToken("h1", UUID.randomUUID(), UserId.newId(), EXPIRES));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> store.markUsed("h1"));
            }
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void revokingAFamilyRevokesItOnly() {
        UUID family = UUID.randomUUID();
        UUID otherFamily = UUID.randomUUID();
        UserId user = UserId.newId();
        store.add(new StoredRefreshToken("h1", family, user, EXPIRES));
        store.add(new StoredRefreshToken("h2", family, user, EXPIRES));
        store.add(new StoredRefreshToken("h3", otherFamily, user, EXPIRES));

        store.revokeFamily(family);
        store.revokeFamily(family);

        assertThat(store.isRevoked(family)).isTrue();
        assertThat(store.isRevoked(otherFamily)).isFalse();
    }
}
