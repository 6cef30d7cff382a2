package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;

class LazyCategorySuggesterTest {

    private static final SuggestionRequest REQUEST = new SuggestionRequest("STARBUCKS 1234", Optional.empty(),
            Money.parse("-4.50", "USD"));

    @Test
    void loading_in_the_background_loads_the_model_once_without_any_request() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loaded = new CountDownLatch(1);
        LazyCategorySuggester lazy = new LazyCategorySuggester(() -> {
            loads.incrementAndGet();
            loaded.countDown();
            return new NoModelSuggester("test model loaded");
        });

        lazy.loadInBackground();

        assertThat(loaded.await(1, TimeUnit.MINUTES)).as("the background load ran").isTrue();
        assertThat(lazy.suggest(HouseholdId.newId(), List.of(REQUEST), 3)).containsExactly(List.<Suggestion>of());
        assertThat(lazy.status()).isEqualTo("test model loaded");
        assertThat(loads).hasValue(1);
    }

    @Test
    void a_model_that_fails_to_load_leaves_categorization_working_and_says_why() {
        LazyCategorySuggester lazy = new LazyCategorySuggester(() -> {
            throw new IllegalStateException("no onnxruntime for this platform");
        });

        assertThat(lazy.suggest(HouseholdId.newId(), List.of(REQUEST, REQUEST), 3))
                .containsExactly(List.of(), List.of());
        assertThat(lazy.status()).contains("model unavailable").contains("no onnxruntime for this platform");
    }
}
