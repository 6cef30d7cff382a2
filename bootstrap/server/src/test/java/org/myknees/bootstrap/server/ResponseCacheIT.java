package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.server.Api.Reply;

/**
 * Revisioned reads (ADR 0008) against a running Liberty on embedded PostgreSQL: strong ETags, 304 to
 * If-None-Match, every kind of write changing the next answer and its tag, access checked before the cache, and
 * the same bytes with the cache of responses on or off. The data of the last is written by a first server started
 * with the cache off; the server the tests use then starts on the same data with the cache on.
 */
class ResponseCacheIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String TAG = "\"[0-9]+-[0-9a-f]{16}\"";

    private static LibertyServer server;
    private static Api api;
    /** Answers of the server with the cache off, by path: status, ETag, body; and the status of a revalidation. */
    private static final Map<String, List<String>> answersWithCacheOff = new LinkedHashMap<>();
    private static String tokenOfCacheOff;

    @BeforeAll
    static void startServers() throws Exception {
        Path data = LibertyServer.temporaryDataDir("myknees-it-cache");
        Map<String, String> environment = Map.of("MYKNEES_AUTH_ACCESS_TOKEN_LIFETIME", "PT30M",
                "MYKNEES_AUTH_LOGIN_FAILURES_PER_ADDRESS", "1000");
        Map<String, String> cacheOff = new LinkedHashMap<>(environment);
        cacheOff.put("MYKNEES_CACHE_MAX_BYTES", "0");
        try (LibertyServer first = LibertyServer.start(data, cacheOff)) {
            api = new Api(first.base());
            Household home = household("cache-off");
            home.record("2025-03-01", "-12.50", "CORNER GROCERY");
            home.record("2025-03-02", "2500.00", "PAYROLL");
            tokenOfCacheOff = home.token;
            for (String path : home.reads()) {
                Reply first200 = api.get(path, home.token);
                Reply revalidated = api.send("GET", path, home.token, null,
                        Map.of("If-None-Match", String.valueOf(first200.header("ETag"))));
                answersWithCacheOff.put(path, List.of(Integer.toString(first200.status()),
                        String.valueOf(first200.header("ETag")), first200.raw().body(),
                        Integer.toString(revalidated.status())));
            }
        }
        server = LibertyServer.start(data, environment);
        api = new Api(server.base());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReadCarriesAStrongETagAndIfNoneMatchWithItIs304WithoutABody() throws Exception {
        Household home = household("etag");
        home.record("2025-03-01", "-12.50", "CORNER GROCERY");

        for (String path : home.reads()) {
            Reply first = api.get(path, home.token);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(first.header("ETag")).as(path).matches(TAG);
            assertThat(first.header("Cache-Control")).as(path).isEqualTo("private, no-cache");
            assertThat(first.contentType()).as(path).startsWith("application/json");

            Reply again = api.get(path, home.token);
            assertThat(again.raw().body()).as(path).isEqualTo(first.raw().body());
            assertThat(again.header("ETag")).as(path).isEqualTo(first.header("ETag"));

            Reply notModified = api.send("GET", path, home.token, null,
                    Map.of("If-None-Match", "\"0-0000000000000000\", " + first.header("ETag")));
            assertThat(notModified.status()).as(path).isEqualTo(304);
            assertThat(notModified.raw().body()).as(path).isEmpty();
            assertThat(notModified.header("ETag")).as(path).isEqualTo(first.header("ETag"));

            Reply otherTag = api.send("GET", path, home.token, null, Map.of("If-None-Match", "\"0-0000000000000000\""));
            assertThat(otherTag.status()).as(path).isEqualTo(200);
            assertThat(otherTag.raw().body()).as(path).isEqualTo(first.raw().body());
        }
    }

    @Test
    void everyKindOfWriteChangesTheNextAnswerAndItsTag() throws Exception {
        Household home = household("writes");
        String listing = home.path + "/transactions?from=2025-01-01&to=2025-12-31";
        String buckets = home.path + "/reports/month-buckets?from=2025-01&to=2025-12";
        Reply before = api.get(listing, home.token);

        String coffee = home.record("2025-03-01", "-4.50", "STARBUCKS STORE 1234");
        Reply afterPost = changed(home, listing, before);
        assertThat(afterPost.json().get("items")).hasSize(1);
        Reply bucketsBefore = api.get(buckets, home.token);

        Reply patched = api.send("PATCH", home.path + "/transactions/" + coffee, home.token,
                Api.json(Map.of("notes", "with a friend")), Map.of());
        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        Reply afterPatch = changed(home, listing, afterPost);
        assertThat(afterPatch.json().get("items").get(0).get("notes").asText()).isEqualTo("with a friend");

        Reply imported = home.upload("Date,Description,Amount\n2025-03-04,CORNER COFFEE 0815,-3.75\n"
                + "2025-03-05,SHELL 5555 MAIN ST,-40.00\n");
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        Reply afterImport = changed(home, listing, afterPatch);
        assertThat(afterImport.json().get("items")).hasSize(3);
        Reply bucketsAfterImport = api.get(buckets, home.token);
        assertThat(bucketsAfterImport.header("ETag")).isNotEqualTo(bucketsBefore.header("ETag"));
        assertThat(bucketsAfterImport.raw().body()).isNotEqualTo(bucketsBefore.raw().body());

        String batch = imported.json().get("files").get(0).get("batch").asText();
        Reply reverted = api.post(home.path + "/imports/" + batch + "/revert", home.token, null);
        assertThat(reverted.status()).as(reverted.raw().body()).isEqualTo(200);
        Reply afterRevert = changed(home, listing, afterImport);
        assertThat(afterRevert.json().get("items")).hasSize(1);

        Reply rule = api.post(home.path + "/rules", home.token, Api.json(Map.of("name", "Coffee",
                "conditions", List.of(Map.of("field", "rawDescriptor", "operator", "contains", "value", "starbucks")),
                "actions", List.of(Map.of("type", "setCategory", "value", "FOOD_AND_DRINK_COFFEE")))));
        assertThat(rule.status()).as(rule.raw().body()).isEqualTo(201);
        Reply applied = api.post(home.path + "/rules/apply", home.token, null);
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        Reply afterApply = changed(home, listing, afterRevert);
        assertThat(afterApply.json().get("items").get(0).get("category").get("key").asText())
                .isEqualTo("FOOD_AND_DRINK_COFFEE");
    }

    /** The read right after a write: a new tag and new bytes, and the old tag no longer answers 304. */
    private static Reply changed(Household home, String path, Reply before) throws Exception {
        Reply after = api.get(path, home.token);
        assertThat(after.status()).as(after.raw().body()).isEqualTo(200);
        assertThat(after.header("ETag")).matches(TAG).isNotEqualTo(before.header("ETag"));
        assertThat(after.raw().body()).isNotEqualTo(before.raw().body());
        Reply revalidated = api.send("GET", path, home.token, null, Map.of("If-None-Match", before.header("ETag")));
        assertThat(revalidated.status()).isEqualTo(200);
        assertThat(revalidated.raw().body()).isEqualTo(after.raw().body());
        return after;
    }

    @Test
    void anotherHouseholdsMemberGetsNotFoundAndAViewerTheSameAnswer() throws Exception {
        Household home = household("access");
        home.record("2025-03-01", "-12.50", "CORNER GROCERY");
        JsonNode viewer = api.newUser("cache-viewer");
        Reply shared = api.post(home.path + "/members", home.token, Api.json(Map.of("email",
                viewer.get("user").get("email").asText(), "role", "viewer")));
        assertThat(shared.status()).as(shared.raw().body()).isEqualTo(200);
        String viewerToken = viewer.get("accessToken").asText();
        String mallory = api.newUser("cache-mallory").get("accessToken").asText();

        for (String path : home.reads()) {
            Reply owners = api.get(path, home.token);
            assertThat(owners.status()).as(path).isEqualTo(200);

            Reply stranger = api.get(path, mallory);
            assertThat(stranger.status()).as(path).isEqualTo(404);
            assertThat(stranger.contentType()).as(path).startsWith(PROBLEM);
            assertThat(stranger.header("ETag")).as(path).isNull();
            Reply strangerRevalidating = api.send("GET", path, mallory, null,
                    Map.of("If-None-Match", owners.header("ETag")));
            assertThat(strangerRevalidating.status()).as(path).isEqualTo(404);
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);

            Reply viewers = api.get(path, viewerToken);
            assertThat(viewers.status()).as(path).isEqualTo(200);
            assertThat(viewers.raw().body()).as(path).isEqualTo(owners.raw().body());
            assertThat(viewers.header("ETag")).as(path).isEqualTo(owners.header("ETag"));
        }
    }

    @Test
    void answersAreTheSameBytesWithTheCacheOnOrOff() throws Exception {
        assertThat(answersWithCacheOff).isNotEmpty();
        for (Map.Entry<String, List<String>> off : answersWithCacheOff.entrySet()) {
            String path = off.getKey();
            assertThat(off.getValue().get(0)).as(path).isEqualTo("200");
            assertThat(off.getValue().get(1)).as(path).matches(TAG);
            assertThat(off.getValue().get(3)).as("revalidation with the cache off, " + path).isEqualTo("304");
            for (int read = 1; read <= 2; read++) {
                Reply on = api.get(path, tokenOfCacheOff);
                assertThat(on.status()).as(path).isEqualTo(200);
                assertThat(on.header("ETag")).as(path + ", read " + read).isEqualTo(off.getValue().get(1));
                assertThat(on.raw().body()).as(path + ", read " + read).isEqualTo(off.getValue().get(2));
            }
        }
    }

    private static Household household(String name) throws Exception {
        String token = api.newUser(name).get("accessToken").asText();
        Reply created = api.post("/api/v1/households", token, Api.json(Map.of("name", "The " + name)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        Household home = new Household("/api/v1/households/" + created.json().get("id").asText(), token);
        Reply account = api.post(home.path + "/accounts", token, Api.json(Map.of("code", "CHK", "name", "Checking",
                "type", "checking", "openingBalance", Map.of("amount", "0", "currency", "USD"),
                "openingDate", "2025-01-01")));
        assertThat(account.status()).as(account.raw().body()).isEqualTo(201);
        return new Household(home.path, token, account.json().get("id").asText());
    }

    private record Household(String path, String token, String account) {
        Household(String path, String token) {
            this(path, token, null);
        }

        /** The revisioned reads of the household: a listing and each report. */
        List<String> reads() {
            List<String> reads = new ArrayList<>();
            reads.add(path + "/transactions?limit=50&account=" + account + "&from=2025-01-01&to=2025-12-31");
            reads.add(path + "/reports/month-buckets?from=2025-01&to=2025-12");
            reads.add(path + "/reports/trend?category=FOOD_AND_DRINK&currency=USD&last=2025-06");
            reads.add(path + "/reports/cash-flow?from=2025-01&to=2025-06");
            return reads;
        }

        String record(String date, String amount, String description) throws Exception {
            Reply r = api.post(path + "/transactions", token, Api.json(Map.of("accountId", account,
                    "bookingDate", date, "amount", Map.of("amount", amount, "currency", "USD"),
                    "description", description)));
            assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
            return r.json().get("id").asText();
        }

        /** Imports a CSV statement into the account CHK. */
        Reply upload(String csv) throws Exception {
            String boundary = "----myknees-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"statement.csv\"\r\nContent-Type: application/octet-stream\r\n\r\n" + csv + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"account\"\r\n\r\nCHK\r\n"
                    + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return api.sendBytes("POST", path + "/imports", token, "multipart/form-data; boundary=" + boundary,
                    body.toByteArray(), Map.of());
        }
    }
}
