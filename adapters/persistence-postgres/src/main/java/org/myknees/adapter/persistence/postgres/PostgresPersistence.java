package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.myknees.application.account.port.out.AccountRepository;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.importing.port.out.ImportBatchRepository;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.application.purchase.port.out.PurchaseRepository;
import org.myknees.application.report.port.out.SpendingReports;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.UserRepository;

/**
 * The PostgreSQL store over a {@link DataSource}: {@link #start} brings the schema up to date with the migrations
 * shipped in this module, bootstraps Hibernate ORM itself (resource-local transactions, no container needed) and
 * hands out every outgoing port. The same code runs in tests, the command line and the server; the data source
 * decides where the data lives and should pool its connections.
 *
 * <p>All ports share one {@link UnitOfWork}: writes made through any of them inside
 * {@code unitOfWork().execute(...)} commit together. Thread-safe; close it to release Hibernate (the data source
 * stays open: its owner closes it).
 */
public final class PostgresPersistence implements AutoCloseable {

    /** Where the migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:org/myknees/adapter/persistence/postgres/migration";

    private final SessionFactory sessionFactory;
    private final HibernateUnitOfWork unitOfWork;
    private final HouseholdRepository households;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final CategoryRepository categories;
    private final OneTimeEventRepository oneTimeEvents;
    private final SpendingReports reports;
    private final ImportBatchRepository importBatches;
    private final PurchaseRepository purchases;
    private final RuleRepository rules;
    private final CorrectionRepository corrections;
    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final EventOutbox outbox;

    private PostgresPersistence(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
        this.unitOfWork = new HibernateUnitOfWork(sessionFactory);
        this.households = new PostgresHouseholdRepository(unitOfWork);
        this.accounts = new PostgresAccountRepository(unitOfWork);
        this.transactions = new PostgresTransactionRepository(unitOfWork);
        this.categories = new PostgresCategoryRepository(unitOfWork);
        this.oneTimeEvents = new PostgresOneTimeEventRepository(unitOfWork);
        this.reports = new PostgresSpendingReports(unitOfWork);
        this.importBatches = new PostgresImportBatchRepository(unitOfWork);
        this.purchases = new PostgresPurchaseRepository(unitOfWork);
        this.rules = new PostgresRuleRepository(unitOfWork);
        this.corrections = new PostgresCorrectionRepository(unitOfWork);
        this.users = new PostgresUserRepository(unitOfWork);
        this.refreshTokens = new PostgresRefreshTokenStore(unitOfWork);
        this.outbox = new PostgresEventOutbox(unitOfWork);
    }

    /** Migrates the schema of the data source's current schema (normally {@code public}) and starts Hibernate. */
    public static PostgresPersistence start(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        migrate(dataSource);
        SessionFactory sessionFactory = new HibernatePersistenceConfiguration("myknees")
                .managedClasses(HouseholdEntity.class, AccountEntity.class, CategoryEntity.class,
                        OneTimeEventEntity.class, TransactionEntity.class, ImportBatchEntity.class,
                        UserEntity.class)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .createEntityManagerFactory();
        return new PostgresPersistence(sessionFactory);
    }

    /** Applies the migrations that are not yet applied; a database ahead of this code is refused. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                // There are no callbacks; the default location (db/callback) does not exist and, looked for
                // in an application server, is logged as an error.
                .callbackLocations(MIGRATIONS)
                // Refuse, rather than ignore, migrations applied by a newer version of MyKnees.
                .ignoreMigrationPatterns(new String[0])
                .load()
                .migrate();
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public HouseholdRepository households() {
        return households;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public TransactionRepository transactions() {
        return transactions;
    }

    public CategoryRepository categories() {
        return categories;
    }

    public OneTimeEventRepository oneTimeEvents() {
        return oneTimeEvents;
    }

    public SpendingReports reports() {
        return reports;
    }

    public ImportBatchRepository importBatches() {
        return importBatches;
    }

    public PurchaseRepository purchases() {
        return purchases;
    }

    public RuleRepository rules() {
        return rules;
    }

    public CorrectionRepository corrections() {
        return corrections;
    }

    public UserRepository users() {
        return users;
    }

    public RefreshTokenStore refreshTokens() {
        return refreshTokens;
    }

    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
