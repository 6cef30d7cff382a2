package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.myknees.bootstrap.server.TestTokens.sign;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.myknees.client.ApiClient;
import org.myknees.client.ApiException;
import org.myknees.client.api.AccountsApi;
import org.myknees.client.api.HouseholdsApi;
import org.myknees.client.api.ReportsApi;
import org.myknees.client.api.TransactionsApi;
import org.myknees.client.api.UsersApi;
import org.myknees.client.model.CreateHouseholdRequest;
import org.myknees.client.model.LoginRequest;
import org.myknees.client.model.Money;
import org.myknees.client.model.MonthBucketReport;
import org.myknees.client.model.OpenAccountRequest;
import org.myknees.client.model.ProblemResponse;
import org.myknees.client.model.RecordTransactionRequest;
import org.myknees.client.model.SignUpRequest;
import org.myknees.client.model.TokenResponse;
import org.myknees.client.model.TransactionPage;
import org.myknees.client.model.TransactionPatchRequest;
import org.myknees.client.model.TransactionResponse;

/**
 * The API as a partner uses it: through the Java client generated from docs/api/openapi.yaml (module
 * clients/java), against a running server. Whatever this client cannot do is a defect of the document. Also every
 * way authentication fails, decoded by that client as a problem document.
 */
class GeneratedClientIT {

    private static final String ISSUER = "https://myknees.it";
    private static final String PASSWORD = "correct horse battery";

    private static LibertyServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = LibertyServer.start(Map.of("MYKNEES_AUTH_ISSUER", ISSUER));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPartnerRoundTripThroughTheGeneratedClient() throws Exception {
        String email = "partner-" + UUID.randomUUID() + "@example.org";
        UsersApi anonymous = new UsersApi(client(null));
        anonymous.signUp(new SignUpRequest().email(email).password(PASSWORD));
        TokenResponse login = anonymous.logIn(new LoginRequest().email(email).password(PASSWORD));
        assertThat(login.getUser().getEmail()).isEqualTo(email);
        ApiClient client = client(login.getAccessToken());

        HouseholdsApi households = new HouseholdsApi(client);
        String key = UUID.randomUUID().toString();
        String household = households.createHousehold(new CreateHouseholdRequest().name("Partners"), key)
                .getId().toString();
        assertThat(households.createHousehold(new CreateHouseholdRequest().name("Partners"), key).getId())
                .as("a retry with the same Idempotency-Key").hasToString(household);
        assertThat(problem(() -> households.createHousehold(new CreateHouseholdRequest().name("Other"), key), 422)
                .getType()).isEqualTo("https://myknees.org/problems/idempotency-key-reused");

        UUID account = new AccountsApi(client).openAccount(household, new OpenAccountRequest().code("CHK")
                .name("Checking").type(OpenAccountRequest.TypeEnum.CHECKING).openingBalance(usd("0.00"))
                .openingDate(LocalDate.of(2025, 1, 1)), null).getId();
        TransactionsApi transactions = new TransactionsApi(client);
        TransactionResponse groceries = transactions.recordTransaction(household, transaction(account,
                "2025-03-03", "-54.20", "GROCERY MART #42"), null);
        transactions.recordTransaction(household, transaction(account, "2025-03-01", "2500.00", "PAYROLL ACME"), null);
        transactions.recordTransaction(household, transaction(account, "2025-02-10", "-12.00", "BAKERY"), null);

        List<Integer> pageSizes = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        do {
            TransactionPage page = transactions.listTransactions(household, List.of(account.toString()), null, null,
                    cursor, null, 2, null, null, null, null, null, null);
            pageSizes.add(page.getItems().size());
            page.getItems().forEach(t -> seen.add(t.getId()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertThat(pageSizes).containsExactly(2, 1);
        assertThat(seen).doesNotHaveDuplicates().startsWith(groceries.getId());

        TransactionResponse tagged = transactions.updateTransaction(household, groceries.getId().toString(),
                new TransactionPatchRequest().tags(List.of("food")).category("FOOD_AND_DRINK_GROCERIES"),
                etag(groceries));
        TransactionResponse noted = transactions.updateTransaction(household, groceries.getId().toString(),
                new TransactionPatchRequest().notes("weekly shop"), etag(tagged));
        assertThat(noted.getNotes()).isEqualTo("weekly shop");
        assertThat(noted.getTags()).as("a patch without tags keeps them").containsExactly("food");
        assertThat(noted.getCategory().getPinned()).isTrue();

        ProblemResponse conflict = problem(() -> transactions.updateTransaction(household,
                groceries.getId().toString(), new TransactionPatchRequest().notes("lost update"), etag(tagged)), 409);
        assertThat(conflict.getType()).isEqualTo("https://myknees.org/problems/version-conflict");
        assertThat(conflict.getStatus()).isEqualTo(409);

        MonthBucketReport report = new ReportsApi(client).getMonthBuckets(household, "2025-02", "2025-03", null);
        assertThat(report.getBuckets()).anySatisfy(bucket -> {
            assertThat(bucket.getMonth()).isEqualTo("2025-03");
            assertThat(bucket.getCategory()).startsWith("FOOD_AND_DRINK");
            assertThat(bucket.getTotal().getAmount()).isEqualTo("-54.20");
            assertThat(bucket.getTotal().getCurrency()).isEqualTo("USD");
        });
    }

    @Test
    void everyAuthenticationFailureIsAProblemDocument() throws Exception {
        String email = "auth-" + UUID.randomUUID() + "@example.org";
        UsersApi anonymous = new UsersApi(client(null));
        String subject = anonymous.signUp(new SignUpRequest().email(email).password(PASSWORD)).getId().toString();
        RsaJsonWebKey serverKey = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(
                server.dataDir().resolve("keys/access-token.jwk"), StandardCharsets.UTF_8));
        RsaJsonWebKey otherKey = RsaJwkGenerator.generateJwk(2048);
        otherKey.setKeyId(serverKey.getKeyId());
        assertThat(new UsersApi(client(sign(serverKey, ISSUER, subject, 300, "user"))).getCurrentUser().getEmail())
                .as("a token the server's key signs is accepted").isEqualTo(email);

        Map<String, String> unauthenticated = Map.of(
                "no token", "",
                "not a token", "abc.def.ghi",
                "expired", sign(serverKey, ISSUER, subject, -600, "user"),
                "wrong signature", sign(otherKey, ISSUER, subject, 300, "user"));
        for (Map.Entry<String, String> attempt : unauthenticated.entrySet()) {
            UsersApi users = new UsersApi(client(attempt.getValue().isEmpty() ? null : attempt.getValue()));
            ProblemResponse problem = problem(users::getCurrentUser, 401);
            assertThat(problem.getType()).as(attempt.getKey())
                    .isEqualTo("https://myknees.org/problems/unauthenticated");
            assertThat(problem.getInstance()).as(attempt.getKey()).isEqualTo("/api/v1/users/me");
        }

        UsersApi withoutRole = new UsersApi(client(sign(serverKey, ISSUER, subject, 300, "guest")));
        assertThat(problem(withoutRole::getCurrentUser, 403).getType())
                .isEqualTo("https://myknees.org/problems/forbidden");
    }

    /** A client of the server under test, sending the access token (if any) on every request. */
    private static ApiClient client(String accessToken) {
        // HTTP/1.1: the default HTTP/2 upgrade attempt on plain http stalled requests against Liberty.
        ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(), server.base().toString());
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    /** Runs a call that must fail with the status and a problem+json body, and decodes that body. */
    private static ProblemResponse problem(ThrowingSupplier<?> call, int status) throws Exception {
        ApiException failure = catchThrowableOfType(ApiException.class, call::get);
        assertThat(failure).as("the call must fail with %d", status).isNotNull();
        assertThat(failure.getCode()).isEqualTo(status);
        assertThat(failure.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        return ApiClient.createDefaultObjectMapper().readValue(failure.getResponseBody(), ProblemResponse.class);
    }

    private static String etag(TransactionResponse transaction) {
        return "\"" + transaction.getVersion() + "\"";
    }

    private static Money usd(String amount) {
        return new Money().amount(amount).currency("USD");
    }

    private static RecordTransactionRequest transaction(UUID account, String date, String amount, String text) {
        return new RecordTransactionRequest().accountId(account).bookingDate(LocalDate.parse(date))
                .amount(usd(amount)).description(text);
    }
}
