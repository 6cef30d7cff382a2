package org.myknees.bootstrap.server;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.domain.household.HouseholdId;

/**
 * Loads the local model once, outside deployment: the server starts it in the background when it starts
 * ({@link #loadInBackground}), and a use before that loads it then. A request that comes while the model loads
 * waits for the rest of the load, never for a second one. A model that cannot load, even by failing outright,
 * leaves a suggester that answers without it; its status says so, in the log and in {@code /health/started}.
 */
final class LazyCategorySuggester implements CategorySuggester, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LazyCategorySuggester.class.getName());

    private final Supplier<? extends CategorySuggester> loader;
    private volatile CategorySuggester loaded;
    private volatile boolean loading;

    LazyCategorySuggester(Supplier<? extends CategorySuggester> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Starts loading the model on a daemon thread of its own and returns at once. A plain thread, not a managed
     * executor: the load needs no container context, and the server has no concurrency feature for this alone.
     */
    void loadInBackground() {
        loading = true;
        Thread thread = new Thread(this::model, "myknees-model-loader");
        thread.setDaemon(true);
        thread.start();
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
        if (model != null) {
            return model.status();
        }
        return loading ? "loading in the background" : "not loaded yet (loads on first categorization)";
    }

    private CategorySuggester model() {
        CategorySuggester model = loaded;
        if (model == null) {
            synchronized (this) {
                model = loaded;
                if (model == null) {
                    model = load();
                    loaded = model;
                }
            }
        }
        return model;
    }

    private CategorySuggester load() {
        long started = System.nanoTime();
        CategorySuggester model;
        try {
            model = loader.get();
        } catch (RuntimeException | LinkageError e) {
            // A native library or model file that fails must not take categorization down with it.
            LOG.log(Level.WARNING, "Categorization model failed to load; categorizing without it", e);
            model = new NoModelSuggester("model unavailable: " + e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String status = model.status();
        LOG.info(() -> "Categorization model after " + millis + " ms: " + status);
        return model;
    }

    @Override
    public void close() throws Exception {
        if (loaded instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
