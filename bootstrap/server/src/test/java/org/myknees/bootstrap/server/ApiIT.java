package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myknees.bootstrap.server.TestTokens.claims;
import static org.myknees.bootstrap.server.TestTokens.sign;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.server.Api.Reply;

/**
 * End-to-end tests against a running Liberty server with its default store, PostgreSQL (embedded, in a fresh data
 * directory): the whole journey of a household and the attacks that must fail. Each test makes its own users and households; only the server is shared.
 */
class ApiIT {

    private static final String ISSUER = "https://myknees.it";
    private static final String PROBLEM = "application/problem+json";

    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void startServer() throws Exception {
        server = LibertyServer.start(Map.of("MYKNEES_AUTH_ISSUER", ISSUER,
                "MYKNEES_AUTH_LOGIN_FAILURES_PER_ADDRESS", "1000"));
        api = new Api(server.base());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHouseholdsWholeJourney() throws Exception {
        JsonNode owner = api.newUser("owner");
        String token = owner.get("accessToken").asText();
        assertThat(api.get("/api/v1/users/me", token).json().get("email").asText())
                .isEqualTo(owner.get("user").get("email").asText());

        Reply household = api.post("/api/v1/households", token, Api.json(Map.of("name", "The Lovelaces")));
        assertThat(household.status()).isEqualTo(201);
        String h = "/api/v1/households/" + household.json().get("id").asText();

        String checking = openAccount(token, h, "CHK", "USD");
        String savings = openAccount(token, h, "SAV", "USD");
        String groceries = record(token, h, checking, "2025-03-03", "-54.20", "GROCERY MART #42");
        record(token, h, checking, "2025-03-01", "2500.00", "PAYROLL ACME");
        String out = record(token, h, checking, "2025-02-10", "-100.00", "TRANSFER TO SAVINGS");
        String in = record(token, h, savings, "2025-02-10", "100.00", "TRANSFER FROM CHECKING");

        Reply page1 = api.get(h + "/transactions?account=" + checking + "&limit=2", token);
        assertThat(page1.status()).isEqualTo(200);
        assertThat(page1.json().get("items")).hasSize(2);
        assertThat(page1.json().get("items").get(0).get("bookingDate").asText()).isEqualTo("2025-03-03");
        Reply page2 = api.get(h + "/transactions?account=" + checking + "&limit=2&cursor="
                + page1.json().get("nextCursor").asText(), token);
        assertThat(page2.json().get("items")).hasSize(1);
        assertThat(page2.json().get("items").get(0).get("id").asText()).isEqualTo(out);
        assertThat(page2.json().has("nextCursor")).isFalse();
        assertThat(api.get(h + "/transactions?q=grocery&from=2025-03-01&to=2025-03-31", token).json().get("items"))
                .extracting(n -> n.get("id").asText()).containsExactly(groceries);

        Reply patched = api.send("PATCH", h + "/transactions/" + groceries, token,
                Api.json(Map.of("notes", "weekly shop", "tags", List.of("food"), "category",
                        "FOOD_AND_DRINK_GROCERIES")), Map.of("If-Match", "\"1\""));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("notes").asText()).isEqualTo("weekly shop");
        assertThat(patched.json().get("category").get("pinned").asBoolean()).isTrue();
        Reply stale = api.send("PATCH", h + "/transactions/" + groceries, token,
                Api.json(Map.of("notes", "lost update")), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asText()).isEqualTo("https://myknees.org/problems/version-conflict");

        Reply split = api.send("PUT", h + "/transactions/" + groceries + "/splits", token, Api.json(Map.of("lines",
                List.of(Map.of("amount", money("-40.00"), "description", "food", "category", "FOOD_AND_DRINK"),
                        Map.of("amount", money("-14.20"), "description", "soap")))), Map.of());
        assertThat(split.status()).isEqualTo(200);
        assertThat(split.json().get("splits")).hasSize(2);

        Reply link = api.send("PUT", h + "/transactions/" + out + "/transfer", token,
                Api.json(Map.of("counterpartId", in)), Map.of());
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.json().get(0).get("transferCounterpartId").asText()).isEqualTo(in);

        Reply buckets = api.get(h + "/reports/month-buckets?from=2025-02&to=2025-03", token);
        assertThat(buckets.status()).isEqualTo(200);
        assertThat(buckets.json().get("buckets").toString()).contains("FOOD_AND_DRINK").contains("-40.00");
        Reply cashFlow = api.get(h + "/reports/cash-flow?from=2025-03&to=2025-03", token);
        assertThat(cashFlow.json().get(0).get("income").get("amount").asText()).isEqualTo("2500.00");
        assertThat(api.get(h + "/reports/trend?category=FOOD_AND_DRINK&currency=USD&last=2025-03", token)
                .json()).hasSize(12);

        JsonNode viewer = api.newUser("viewer");
        Reply shared = api.post(h + "/members", token, Api.json(Map.of("email",
                viewer.get("user").get("email").asText(), "role", "viewer")));
        assertThat(shared.status()).isEqualTo(200);
        String viewerToken = viewer.get("accessToken").asText();
        assertThat(api.get(h + "/transactions", viewerToken).json().get("items")).hasSize(4);
        Reply viewerWrite = api.post(h + "/transactions", viewerToken, transaction(checking, "2025-03-05", "-1.00"));
        assertThat(viewerWrite.status()).isEqualTo(403);
        assertThat(viewerWrite.contentType()).startsWith(PROBLEM);

        String refresh = owner.get("refreshToken").asText();
        Reply refreshed = api.post("/api/v1/auth/refresh", null, Api.json(Map.of("refreshToken", refresh)));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", refreshed.json().get("accessToken").asText()).status()).isEqualTo(200);
        String next = refreshed.json().get("refreshToken").asText();
        assertThat(api.post("/api/v1/auth/logout", null, Api.json(Map.of("refreshToken", next))).status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/auth/refresh", null, Api.json(Map.of("refreshToken", next))).status())
                .isEqualTo(401);
    }

    @Test
    void aReusedRefreshTokenEndsTheWholeSession() throws Exception {
        JsonNode user = api.newUser("reuse");
        String first = user.get("refreshToken").asText();
        String second = api.post("/api/v1/auth/refresh", null, Api.json(Map.of("refreshToken", first)))
                .json().get("refreshToken").asText();

        Reply reuse = api.post("/api/v1/auth/refresh", null, Api.json(Map.of("refreshToken", first)));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().get("type").asText()).isEqualTo("https://myknees.org/problems/invalid-credentials");
        assertThat(api.post("/api/v1/auth/refresh", null, Api.json(Map.of("refreshToken", second))).status())
                .isEqualTo(401);
    }

    @Test
    void forgedAndMissingTokensAreRefused() throws Exception {
        JsonNode user = api.newUser("forged");
        String subject = user.get("user").get("id").asText();
        RsaJsonWebKey serverKey = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(
                server.dataDir().resolve("keys/access-token.jwk"), StandardCharsets.UTF_8));
        KeyPair otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertThat(api.get("/api/v1/users/me", sign(claims(ISSUER, subject, "user", 300), serverKey.getPrivateKey(),
                AlgorithmIdentifiers.RSA_USING_SHA256, serverKey.getKeyId())).status())
                .as("a token we sign correctly is accepted").isEqualTo(200);

        Map<String, String> attacks = Map.of(
                "no token", "",
                "expired", sign(claims(ISSUER, subject, "user", -600), serverKey.getPrivateKey(),
                        AlgorithmIdentifiers.RSA_USING_SHA256, serverKey.getKeyId()),
                "wrong signature", sign(claims(ISSUER, subject, "user", 300), otherKey.getPrivate(),
                        AlgorithmIdentifiers.RSA_USING_SHA256, serverKey.getKeyId()),
                "wrong issuer", sign(claims("https://evil.example", subject, "user", 300), serverKey.getPrivateKey(),
                        AlgorithmIdentifiers.RSA_USING_SHA256, serverKey.getKeyId()),
                "alg none", unsigned(claims(ISSUER, subject, "user", 300)),
                "HS256 with the public key as secret", sign(claims(ISSUER, subject, "user", 300),
                        new HmacKey(serverKey.getRsaPublicKey().getEncoded()), AlgorithmIdentifiers.HMAC_SHA256,
                        serverKey.getKeyId()));
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            Reply reply = api.get("/api/v1/users/me", attack.getValue().isEmpty() ? null : attack.getValue());
            assertThat(reply.status()).as(attack.getKey()).isEqualTo(401);
        }
    }

    @Test
    void anotherHouseholdsDataIsNotFoundOnEveryResource() throws Exception {
        String alice = api.newUser("alice").get("accessToken").asText();
        String mallory = api.newUser("mallory").get("accessToken").asText();
        String h = "/api/v1/households/" + api.post("/api/v1/households", alice,
                Api.json(Map.of("name", "Alice's"))).json().get("id").asText();
        String account = openAccount(alice, h, "CHK", "USD");
        String tx = record(alice, h, account, "2025-03-03", "-5.00", "BAKERY");

        List<String> paths = List.of(h, h + "/accounts", h + "/accounts/" + account, h + "/transactions",
                h + "/transactions/" + tx, h + "/categories", h + "/one-time-events",
                h + "/reports/month-buckets?from=2025-01&to=2025-03", h + "/reports/cash-flow?from=2025-01&to=2025-03");
        for (String path : paths) {
            Reply reply = api.get(path, mallory);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith(PROBLEM);
        }
        assertThat(api.post(h + "/transactions", mallory, transaction(account, "2025-03-04", "-1.00")).status())
                .isEqualTo(404);
        assertThat(api.send("PATCH", h + "/transactions/" + tx, mallory, Api.json(Map.of("notes", "x")), Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void badBodiesAreProblemsNamingWhatIsWrong() throws Exception {
        String token = api.newUser("bodies").get("accessToken").asText();
        String h = "/api/v1/households/" + api.post("/api/v1/households", token,
                Api.json(Map.of("name", "Bodies"))).json().get("id").asText();
        String account = openAccount(token, h, "CHK", "USD");

        Reply malformed = api.post(h + "/transactions", token, "{\"accountId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asText()).isEqualTo("https://myknees.org/problems/malformed-body");

        Reply wrongType = api.post(h + "/transactions", token, "{\"accountId\":\"" + account
                + "\",\"bookingDate\":\"2025-03-01\",\"amount\":[1],\"description\":\"x\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.contentType()).startsWith(PROBLEM);

        Reply unknownField = api.post("/api/v1/households", token, "{\"name\":\"x\",\"nmae\":\"typo\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("detail").asText()).contains("nmae");

        Reply badMoney = api.post(h + "/transactions", token, Api.json(Map.of("accountId", account, "bookingDate",
                "2025-03-01", "amount", Map.of("amount", "1.234", "currency", "USD"), "description", "x")));
        assertThat(badMoney.status()).isEqualTo(400);
        assertThat(badMoney.json().get("errors").get(0).get("field").asText()).isEqualTo("amount.amount");

        Reply missing = api.post(h + "/transactions", token, Api.json(Map.of("accountId", account,
                "amount", money("-1.00"), "description", "x")));
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("bookingDate");

        Reply oversized = api.post("/api/v1/households", token, "{\"name\":\"" + "a".repeat(1_100_000) + "\"}");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.json().get("type").asText()).isEqualTo("https://myknees.org/problems/payload-too-large");

        Reply notJson = api.send("POST", "/api/v1/households", token, null,
                Map.of("Content-Type", "text/plain"));
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.contentType()).startsWith(PROBLEM);
    }

    @Test
    void idempotencyKeysReplayRefuseOtherBodiesAndNeverDuplicate() throws Exception {
        String token = api.newUser("idem").get("accessToken").asText();
        String key = UUID.randomUUID().toString();
        String body = Api.json(Map.of("name", "Once"));

        Reply first = api.send("POST", "/api/v1/households", token, body, Map.of("Idempotency-Key", key));
        Reply replay = api.send("POST", "/api/v1/households", token, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(replay.json().get("id")).isEqualTo(first.json().get("id"));

        Reply other = api.send("POST", "/api/v1/households", token, Api.json(Map.of("name", "Twice")),
                Map.of("Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(422);

        String concurrentKey = UUID.randomUUID().toString();
        String concurrentBody = Api.json(Map.of("name", "Concurrent"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.send("POST", "/api/v1/households", token, concurrentBody,
                        Map.of("Idempotency-Key", concurrentKey)));
            }
            for (Future<Reply> f : pool.invokeAll(calls)) {
                statuses.add(f.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(api.get("/api/v1/households", token).json()).extracting(n -> n.get("name").asText())
                .containsOnlyOnce("Concurrent");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWith429() throws Exception {
        String email = api.newUser("locked").get("user").get("email").asText();
        for (int i = 0; i < 5; i++) {
            Reply wrong = api.post("/api/v1/auth/login", null, Api.json(Map.of("email", email, "password",
                    "not the password")));
            assertThat(wrong.status()).isEqualTo(401);
        }

        Reply locked = api.login(email);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertThat(locked.json().get("type").asText()).isEqualTo("https://myknees.org/problems/too-many-requests");
    }

    @Test
    void theServedOpenApiDocumentIsTheCommittedOne() throws Exception {
        Reply served = api.get("/openapi", null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.raw().body()).contains("title: MyKnees API").contains("url: http://localhost:9080").contains("  /api/v1/households/{householdId}/transactions:");
        java.nio.file.Path committed = java.nio.file.Path.of(System.getProperty("myknees.it.openapi"));
        if (Boolean.getBoolean("myknees.it.openapi.update") || !Files.exists(committed)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served.raw().body(), StandardCharsets.UTF_8);
        }
        assertThat(served.raw().body())
                .as("docs/api/openapi.yaml differs from the served document; rebuild with -Dmyknees.openapi.update=true")
                .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
        assertThat(api.get("/openapi/ui/", null).status()).isEqualTo(200);
    }

    @Test
    void healthReflectsTheStore() throws Exception {
        for (String path : List.of("/health/ready", "/health/live")) {
            Reply health = api.get(path, null);
            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.json().get("checks").get(0).get("data").get("kind").asText())
                    .startsWith("embedded PostgreSQL in " + server.dataDir());
        }
    }

    private static String openAccount(String token, String h, String code, String currency) throws Exception {
        Reply r = api.post(h + "/accounts", token, Api.json(Map.of("code", code, "name", code + " account",
                "type", "checking", "openingBalance", Map.of("amount", "0", "currency", currency),
                "openingDate", "2025-01-01")));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String record(String token, String h, String account, String date, String amount,
                                 String description) throws Exception {
        Reply r = api.post(h + "/transactions", token, Api.json(Map.of("accountId", account, "bookingDate", date,
                "amount", money(amount), "description", description)));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String transaction(String account, String date, String amount) throws Exception {
        return Api.json(Map.of("accountId", account, "bookingDate", date, "amount", money(amount),
                "description", "test"));
    }

    private static Map<String, String> money(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private static String unsigned(JwtClaims claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
