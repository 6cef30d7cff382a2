package org.myknees.bootstrap;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.myknees.adapter.inference.djl.DjlCategorySuggester;
import org.myknees.adapter.inference.djl.InferenceSettings;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.categorization.RuleService;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.importing.ImportStatementService;
import org.myknees.application.importing.StatementParsers;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.domain.categorization.CategoryResolver;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.importing.DuplicatePolicy;
import org.myknees.domain.merchant.DescriptorNormalizer;
import org.myknees.domain.merchant.MerchantDirectory;
import org.myknees.domain.merchant.MerchantNameExtractor;
import org.myknees.adapter.persistence.postgres.PostgresPersistence;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.application.account.AccountService;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.category.CategoryService;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.onetimeevent.OneTimeEventService;
import org.myknees.application.purchase.PurchaseService;
import org.myknees.application.report.ReportService;
import org.myknees.application.transaction.TransactionService;
import org.myknees.domain.category.Taxonomy;

/**
 * The application services over the PostgreSQL store, wired with plain {@code new}: the external server named
 * by {@code MYKNEES_DB_URL} (with {@code MYKNEES_DB_USER} and {@code MYKNEES_DB_PASSWORD}) when it is set, else
 * the embedded server in the data directory. Close it to stop what it started.
 */
public final class Backend implements AutoCloseable {

    private final PostgresDatabase database;
    private final PostgresPersistence store;
    private final HouseholdService households;
    private final AccountService accounts;
    private final TransactionService transactions;
    private final CategoryService categories;
    private final OneTimeEventService oneTimeEvents;
    private final ReportService reports;
    private final ImportStatementService imports;
    private final PurchaseService purchases;
    private final Categorizer categorizer;
    private final RuleService rules;
    private final Merchants merchants;
    private DjlCategorySuggester suggester;
    private Categorizer modelCategorizer;

    private Backend(PostgresDatabase database, PostgresPersistence store, Clock clock, Catalogs catalogs,
                    Merchants merchants) {
        this.database = database;
        this.store = store;
        this.merchants = merchants;
        Taxonomy taxonomy = catalogs.taxonomy();
        this.households = new HouseholdService(store.households(), store.unitOfWork(), store.outbox(), clock);
        this.accounts = new AccountService(store.accounts(), store.households(), store.unitOfWork(), store.outbox(),
                clock);
        this.transactions = new TransactionService(store.transactions(), store.accounts(), store.oneTimeEvents(),
                new CategoryCatalog(taxonomy, store.categories()), store.households(), store.unitOfWork(),
                store.outbox(), clock, store.corrections());
        this.categories = new CategoryService(taxonomy, store.categories(), store.transactions(), store.households(),
                store.unitOfWork(), store.outbox(), clock);
        this.oneTimeEvents = new OneTimeEventService(store.oneTimeEvents(), store.households(), store.unitOfWork(),
                store.outbox(), clock);
        this.reports = new ReportService(store.reports(), store.transactions(), store.households(), clock);
        DescriptorNormalizer normalizer = new DescriptorNormalizer();
        this.imports = new ImportStatementService(catalogs.parsers(), store.accounts(), store.transactions(),
                store.importBatches(), store.purchases(), store.households(), store.unitOfWork(), store.outbox(), clock,
                DuplicatePolicy.standard(), normalizer::normalize);
        this.purchases = new PurchaseService(store.purchases(), store.households());
        this.categorizer = categorizer(Optional.empty());
        this.rules = new RuleService(store.rules(), store.transactions(), store.oneTimeEvents(),
                new CategoryCatalog(taxonomy, store.categories()), store.households(), store.unitOfWork(),
                store.outbox(), clock, categorizer);
    }

    private Categorizer categorizer(Optional<CategorySuggester> model) {
        return categorizer(store.corrections(), model);
    }

    /** A categorizer over the household's rules that learns from the given corrections, with or without the model. */
    public Categorizer categorizer(CorrectionRepository corrections, Optional<CategorySuggester> model) {
        return new Categorizer(store.rules(), corrections, store.categories(), Taxonomy.plaidV1(), merchants,
                new MerchantNameExtractor(), model, CategoryResolver.standard());
    }

    /** Imports that categorize with rules and corrections only, or with every source including the model. */
    public ImportStatementService imports(Categorizer.Depth depth) {
        return imports.categorizing(depth == Categorizer.Depth.FULL ? categorizerWithModel() : categorizer, depth);
    }

    /** The categorizer with the local model loaded (on first use; it takes a second or two). */
    public synchronized Categorizer categorizerWithModel() {
        if (modelCategorizer == null) {
            suggester = DjlCategorySuggester.load(InferenceSettings.defaults());
            modelCategorizer = categorizer(Optional.of(suggester));
        }
        return modelCategorizer;
    }

    /** The local model, loaded on first use. */
    public synchronized DjlCategorySuggester model() {
        categorizerWithModel();
        return suggester;
    }

    public Categorizer categorizer() {
        return categorizer;
    }

    /** The rule use cases; categorizing one transaction there uses rules and corrections, not the model. */
    public RuleService rules() {
        return rules;
    }

    /** When the built-in merchant directory is read. */
    public enum MerchantKnowledge {
        /** While the database starts, on another thread: for work that categorizes beyond the rules. */
        READ_AHEAD,
        /**
         * When a categorization first goes beyond the rules, if ever: work that needs no merchant knowledge (a
         * rules-only import) then spends none of the ~0.5 s of CPU reading it takes.
         */
        WHEN_NEEDED
    }

    /** Connects to the configured database (starting the embedded one if that is it) and wires the services. */
    public static Backend open(DataDirectory dataDirectory, Map<String, String> environment, Clock clock) {
        return open(dataDirectory, environment, clock, MerchantKnowledge.READ_AHEAD);
    }

    /** {@link #open(DataDirectory, Map, Clock)}, reading the merchant directory as {@code knowledge} says. */
    public static Backend open(DataDirectory dataDirectory, Map<String, String> environment, Clock clock,
                               MerchantKnowledge knowledge) {
        // Reading the taxonomy, the merchant directory and the parsers needs no database: it runs on other threads
        // while this one mostly waits for PostgreSQL to start (docs/benchmarks.md, Import, "Start-up").
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        CompletableFuture<Catalogs> catalogs = CompletableFuture.supplyAsync(() -> Catalogs.load(loader));
        Merchants merchants = new Merchants();
        if (knowledge == MerchantKnowledge.READ_AHEAD) {
            merchants.readAhead();
        }
        PostgresDatabase database = database(dataDirectory, environment);
        try {
            PostgresPersistence store = PostgresPersistence.start(database.dataSource());
            return new Backend(database, store, clock, joined(catalogs), merchants);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static <T> T joined(CompletableFuture<T> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** What the services read from the class path rather than the database, but for the merchant directory. */
    private record Catalogs(Taxonomy taxonomy, StatementParsers parsers) {

        /** Reads them; the parsers are found with the given class loader (the opening thread's). */
        static Catalogs load(ClassLoader loader) {
            return new Catalogs(Taxonomy.plaidV1(), new StatementParsers(ServiceLoader.load(StatementParser.class,
                    loader).stream().map(ServiceLoader.Provider::get).toList()));
        }
    }

    /** The built-in merchant directory, read once: ahead on another thread, or by the first caller that needs it. */
    private static final class Merchants implements Supplier<MerchantDirectory> {
        private CompletableFuture<MerchantDirectory> reading;

        synchronized void readAhead() {
            if (reading == null) {
                reading = CompletableFuture.supplyAsync(Merchants::read);
            }
        }

        @Override
        public MerchantDirectory get() {
            CompletableFuture<MerchantDirectory> directory;
            synchronized (this) {
                if (reading == null) {
                    reading = CompletableFuture.completedFuture(read());
                }
                directory = reading;
            }
            return joined(directory);
        }

        private static MerchantDirectory read() {
            Taxonomy taxonomy = Taxonomy.plaidV1();
            return MerchantDirectory.builtIn(key -> taxonomy.primaryOf(key.value()).map(CategoryKey::taxonomy));
        }
    }

    /** The database the environment names, or the embedded one in the data directory. */
    public static PostgresDatabase database(DataDirectory dataDirectory, Map<String, String> environment) {
        return PostgresDatabase.forMyKnees(dataDirectory.path(), environment);
    }

    public HouseholdService households() {
        return households;
    }

    public AccountService accounts() {
        return accounts;
    }

    public TransactionService transactions() {
        return transactions;
    }

    public CategoryService categories() {
        return categories;
    }

    public OneTimeEventService oneTimeEvents() {
        return oneTimeEvents;
    }

    public ReportService reports() {
        return reports;
    }

    public PurchaseService purchases() {
        return purchases;
    }

    /** The store's ports, for tools that work below the use cases (the benchmark). */
    public PostgresPersistence store() {
        return store;
    }

    /** Where the data is, for people. */
    public String describeDatabase() {
        return database.description();
    }

    @Override
    public void close() {
        try {
            if (suggester != null) {
                suggester.close();
            }
            store.close();
        } finally {
            database.close();
        }
    }
}
