package org.myknees.bootstrap.server;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;

/**
 * Loads the local model on first use rather than at deployment, so the server starts as fast without it and pays
 * the second or two of loading only when something is categorized with every source. A model that cannot load
 * leaves a suggester that answers without it (the adapter's own fallback); its status says so, in the log and in
 * {@code /health/started}.
 */
final class LazyCategorySuggester implements CategorySuggester, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LazyCategorySuggester.class.getName());

    private final Supplier<? extends CategorySuggester> loader;
    private volatile CategorySuggester loaded;

    LazyCategorySuggester(Supplier<? extends CategorySuggester> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public List<List<Suggestion>> suggest(HouseholdId household, List<SuggestionRequest> requests, int limit) {
        return model().suggest(household, requests, limit);
    }

    @Override
    public void learn(HouseholdId household, LabelledExample example) {
        model().learn(household, example);
    }

    @Override
    public String status() {
        CategorySuggester model = loaded;
        return model == null ? "not loaded yet (loads on first categorization)" : model.status();
    }

    private CategorySuggester model() {
        CategorySuggester model = loaded;
        if (model == null) {
            synchronized (this) {
                model = loaded;
                if (model == null) {
                    long started = System.nanoTime();
                    model = loader.get();
                    loaded = model;
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    String status = model.status();
                    LOG.info(() -> "Categorization model after " + millis + " ms: " + status);
                }
            }
        }
        return model;
    }

    @Override
    public void close() throws Exception {
        if (loaded instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
