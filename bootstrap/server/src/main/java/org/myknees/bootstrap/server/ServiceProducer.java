package org.myknees.bootstrap.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.myknees.adapter.inference.djl.DjlCategorySuggester;
import org.myknees.adapter.inference.djl.InferenceSettings;
import org.myknees.adapter.rest.bearer.AccessTokenVerifier;
import org.myknees.adapter.rest.bearer.TrustedIssuer;
import org.myknees.adapter.rest.caching.ResponseCache;
import org.myknees.adapter.rest.idempotency.IdempotencyStore;
import org.myknees.adapter.rest.idempotency.InMemoryIdempotencyStore;
import org.myknees.adapter.rest.user.AccessTokenIssuer;
import org.myknees.adapter.rest.user.Argon2PasswordHasher;
import org.myknees.adapter.rest.user.SigningKey;
import org.myknees.application.account.AccountService;
import org.myknees.application.categorization.Categorizer;
import org.myknees.application.categorization.RuleService;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.category.CategoryService;
import org.myknees.application.household.DataRevisionService;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.importing.ImportStatementService;
import org.myknees.application.importing.StatementParsers;
import org.myknees.application.importing.port.out.StatementParser;
import org.myknees.application.onetimeevent.OneTimeEventService;
import org.myknees.application.report.ReportService;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.user.LoginThrottle;
import org.myknees.application.user.UserService;
import org.myknees.domain.categorization.CategoryResolver;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.importing.DuplicatePolicy;
import org.myknees.domain.merchant.DescriptorNormalizer;
import org.myknees.domain.merchant.MerchantDirectory;
import org.myknees.domain.merchant.MerchantNameExtractor;
import org.myknees.domain.user.PlatformRole;
import org.myknees.domain.user.User;

/**
 * Builds the application services with {@code new} from the store's ports and the configuration; JAX-RS
 * resources receive them through their use-case interfaces. Configuration keys read {@code myknees.<area>.<name>}.
 */
@ApplicationScoped
public class ServiceProducer {

    @Inject
    Stores stores;

    @Inject
    DataDirectory dataDirectory;
    @Inject
    @ConfigProperty(name = "myknees.auth.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "myknees.auth.signing-key")
    Optional<String> signingKeyJwk;
    @Inject
    @ConfigProperty(name = "myknees.auth.access-token-lifetime", defaultValue = "PT5M")
    String accessTokenLifetime;
    @Inject
    @ConfigProperty(name = "myknees.auth.refresh-token-lifetime", defaultValue = "P30D")
    String refreshTokenLifetime;
    @Inject
    @ConfigProperty(name = "myknees.auth.login-failures-per-account", defaultValue = "5")
    int failuresPerAccount;
    @Inject
    @ConfigProperty(name = "myknees.auth.login-failures-per-address", defaultValue = "20")
    int failuresPerAddress;
    @Inject
    @ConfigProperty(name = "myknees.auth.login-failure-window", defaultValue = "PT15M")
    String failureWindow;
    @Inject
    @ConfigProperty(name = "myknees.api.idempotency-retention", defaultValue = "PT24H")
    String idempotencyRetention;

    private final Clock clock = Clock.systemUTC();
    private final Taxonomy taxonomy = Taxonomy.plaidV1();

    @Produces
    @Singleton
    HouseholdService households() {
        return new HouseholdService(stores.households(), stores.unitOfWork(), stores.outbox(), clock);
    }

    @Produces
    @Singleton
    AccountService accounts() {
        return new AccountService(stores.accounts(), stores.households(), stores.unitOfWork(), stores.outbox(), clock);
    }

    @Produces
    @Singleton
    TransactionService transactions() {
        return new TransactionService(stores.transactions(), stores.accounts(), stores.oneTimeEvents(),
                new CategoryCatalog(taxonomy, stores.categories()), stores.households(), stores.unitOfWork(),
                stores.outbox(), clock, stores.corrections());
    }

    @Produces
    @Singleton
    CategoryService categories() {
        return new CategoryService(taxonomy, stores.categories(), stores.transactions(), stores.households(),
                stores.unitOfWork(), stores.outbox(), clock);
    }

    @Produces
    @Singleton
    OneTimeEventService oneTimeEvents() {
        return new OneTimeEventService(stores.oneTimeEvents(), stores.households(), stores.unitOfWork(),
                stores.outbox(), clock);
    }

    @Produces
    @Singleton
    ReportService reports() {
        return new ReportService(stores.reports(), stores.transactions(), stores.households(), clock);
    }

    @Produces
    @Singleton
    UserService users() {
        LoginThrottle throttle = new LoginThrottle(failuresPerAccount, failuresPerAddress,
                Duration.parse(failureWindow), clock);
        return new UserService(stores.users(), stores.refreshTokens(), Argon2PasswordHasher.owaspDefaults(),
                throttle, Duration.parse(refreshTokenLifetime), clock);
    }

    @Produces
    @Singleton
    SigningKey signingKey() {
        return SigningKey.load(signingKeyJwk, dataDirectory.path());
    }

    @Produces
    @Singleton
    AccessTokenIssuer accessTokens(SigningKey key) {
        return new AccessTokenIssuer(key, issuer, Duration.parse(accessTokenLifetime), clock);
    }

    @Produces
    @Singleton
    IdempotencyStore idempotency() {
        return new InMemoryIdempotencyStore(Duration.parse(idempotencyRetention), clock);
    }

    // ---- Categorization: rules, learning from pins, and the local model (loading starts with the server) ----

    @Inject
    @ConfigProperty(name = "myknees.categorization.model", defaultValue = "true")
    boolean modelEnabled;

    @Produces
    @Singleton
    CategorySuggester categorySuggester() {
        if (!modelEnabled) {
            return new LazyCategorySuggester(
                    () -> new NoModelSuggester("model disabled (myknees.categorization.model=false)"));
        }
        return new LazyCategorySuggester(() -> DjlCategorySuggester.load(
                InferenceSettings.defaults().inDataDirectory(dataDirectory.path())));
    }

    /**
     * Starts loading the model once the application is up, so the first categorization need not wait for it;
     * start-up and readiness never wait for the model.
     */
    void loadModelInBackground(@Observes @Initialized(ApplicationScoped.class) Object started,
                               CategorySuggester suggester) {
        if (modelEnabled && suggester instanceof LazyCategorySuggester lazy) {
            lazy.loadInBackground();
        }
    }

    void closeModel(@Disposes CategorySuggester suggester) throws Exception {
        if (suggester instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Produces
    @Singleton
    Categorizer categorizer(CategorySuggester suggester) {
        return new Categorizer(stores.rules(), stores.corrections(), stores.categories(), taxonomy,
                MerchantDirectory.builtIn(key -> taxonomy.primaryOf(key.value()).map(CategoryKey::taxonomy)),
                new MerchantNameExtractor(), Optional.of(suggester), CategoryResolver.standard());
    }

    @Produces
    @Singleton
    RuleService rules(Categorizer categorizer) {
        return new RuleService(stores.rules(), stores.transactions(), stores.oneTimeEvents(),
                new CategoryCatalog(taxonomy, stores.categories()), stores.households(), stores.unitOfWork(),
                stores.outbox(), clock, categorizer);
    }

    // Imports (issue 5): the parsers of adapters/bank-formats found by ServiceLoader, and the household's rules
    // and corrections run in the same pass (Depth.RULES: the model stays out of the request path).

    @Produces
    @Singleton
    ImportStatementService imports(Categorizer categorizer) {
        DescriptorNormalizer normalizer = new DescriptorNormalizer();
        StatementParsers parsers = new StatementParsers(ServiceLoader.load(StatementParser.class,
                StatementParser.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
        return new ImportStatementService(parsers, stores.accounts(), stores.transactions(), stores.importBatches(),
                stores.purchases(), stores.households(), stores.unitOfWork(), stores.outbox(), clock,
                DuplicatePolicy.standard(), normalizer::normalize).categorizing(categorizer, Categorizer.Depth.RULES);
    }

    // --- Bearer tokens: our own, plus those of an external OpenID Connect issuer when configured (issue 4) ---

    @Inject
    @ConfigProperty(name = "myknees.auth.oidc.issuer")
    Optional<String> oidcIssuer;
    @Inject
    @ConfigProperty(name = "myknees.auth.oidc.jwks-url")
    Optional<String> oidcJwksUrl;
    @Inject
    @ConfigProperty(name = "myknees.auth.oidc.audience")
    Optional<String> oidcAudience;

    @Produces
    @Singleton
    AccessTokenVerifier accessTokenVerifier(SigningKey key, UserService users) {
        List<TrustedIssuer> trusted = new ArrayList<>();
        trusted.add(TrustedIssuer.own(issuer, AccessTokenIssuer.AUDIENCE, key.key().getPublicKey()));
        TrustedIssuer.ExternalSettings.of(oidcIssuer, oidcJwksUrl, oidcAudience).ifPresent(external -> {
            if (external.issuer().equals(issuer)) {
                throw new IllegalArgumentException("myknees.auth.oidc.issuer must differ from myknees.auth.issuer");
            }
            trusted.add(TrustedIssuer.external(external, (iss, subject, email) -> {
                User user = users.userOfExternalIdentity(iss, subject, email);
                return new TrustedIssuer.LocalUser(user.id().toString(),
                        user.roles().stream().map(PlatformRole::claim).collect(Collectors.toSet()));
            }));
        });
        return new AccessTokenVerifier(trusted, clock);
    }

    // --- Revisioned reads (issue 4, ADR 0008): households' data revisions and the cache of response bytes ---

    @Inject
    @ConfigProperty(name = "myknees.cache.max-bytes", defaultValue = "33554432")
    long responseCacheBytes;
    @Inject
    @ConfigProperty(name = "myknees.cache.revision-memory", defaultValue = "PT1S")
    String revisionMemory;

    @Produces
    @Singleton
    DataRevisionService dataRevisions() {
        return new DataRevisionService(stores.households(), clock, Duration.parse(revisionMemory));
    }

    @Produces
    @Singleton
    ResponseCache responseCache() {
        return new ResponseCache(responseCacheBytes);
    }
}
