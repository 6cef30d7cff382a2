package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.server.Api.Reply;

/**
 * The import resources end to end, against a running Liberty server on embedded PostgreSQL: statement files
 * uploaded as multipart/form-data, the batches they become, and their revert. The server runs with a small
 * upload limit so that the limit can be shown to hold. Each test makes its own users and household.
 */
class ImportsIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://myknees.org/problems/";
    private static final int UPLOAD_LIMIT = 64 * 1024;
    private static final String OFX = "checking-2025-03.ofx";
    private static final String CSV = "card-2025-03.csv";

    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void startServer() throws Exception {
        server = LibertyServer.start(Map.of("MYKNEES_IMPORTS_MAX_UPLOAD_SIZE", Integer.toString(UPLOAD_LIMIT)));
        api = new Api(server.base());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void ofxAndCsvStatementsImportAndAReuploadAddsNothing() throws Exception {
        Household home = household("owner");
        home.openAccount("CARD");

        Reply ofx = upload(home, new Form().file(OFX).field("createAccounts", "true"));
        assertThat(ofx.status()).as(ofx.raw().body()).isEqualTo(201);
        JsonNode ofxFile = ofx.json().get("files").get(0);
        assertThat(ofxFile.get("format").asText()).isEqualTo("ofx");
        assertThat(ofxFile.get("added").asInt()).isEqualTo(3);
        assertThat(ofxFile.get("statements").get(0).get("account").asText()).isEqualTo("55501234");
        assertThat(ofxFile.get("statements").get(0).get("closingBalance").get("amount").asText()).isEqualTo("1245.80");
        String ofxBatch = ofxFile.get("batch").asText();
        assertThat(ofx.header("Location")).endsWith(home.path + "/imports/" + ofxBatch);

        Reply csv = upload(home, new Form().file(CSV).field("account", "CARD"));
        assertThat(csv.status()).as(csv.raw().body()).isEqualTo(201);
        JsonNode csvFile = csv.json().get("files").get(0);
        assertThat(csvFile.get("format").asText()).isEqualTo("csv");
        assertThat(csvFile.get("added").asInt()).isEqualTo(3);
        assertThat(csvFile.get("quarantined")).hasSize(1);
        assertThat(csvFile.get("quarantined").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(csvFile.get("quarantined").get(0).get("field").asText()).isEqualTo("date");
        assertThat(csvFile.get("quarantined").get(0).get("reason").asText()).contains("not a date");
        assertThat(home.transactions()).hasSize(6);

        Reply again = upload(home, new Form().file(OFX).field("createAccounts", "true").field("explain", "true"));
        assertThat(again.status()).isEqualTo(200);
        JsonNode againFile = again.json().get("files").get(0);
        assertThat(againFile.get("added").asInt()).isZero();
        assertThat(againFile.get("duplicates").asInt()).isEqualTo(3);
        assertThat(againFile.get("alreadyImportedAs").asText()).isEqualTo(ofxBatch);
        assertThat(againFile.has("batch")).isFalse();
        assertThat(againFile.get("explanations")).hasSize(3);
        assertThat(home.transactions()).hasSize(6);

        Reply list = api.get(home.path + "/imports", home.token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).extracting(b -> b.get("file").asText()).containsExactly(CSV, OFX);
        Reply firstPage = api.get(home.path + "/imports?limit=1", home.token);
        assertThat(firstPage.json().get("items")).hasSize(1);
        Reply secondPage = api.get(home.path + "/imports?limit=1&cursor="
                + firstPage.json().get("nextCursor").asText(), home.token);
        assertThat(secondPage.json().get("items").get(0).get("id").asText()).isEqualTo(ofxBatch);
        assertThat(secondPage.json().has("nextCursor")).isFalse();

        Reply batch = api.get(home.path + "/imports/" + ofxBatch, home.token);
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().get("file").asText()).isEqualTo(OFX);
        assertThat(batch.json().get("format").asText()).isEqualTo("ofx");
        assertThat(batch.json().get("checksum").asText()).isEqualTo(sha256(resource(OFX)));
        assertThat(batch.json().get("rows").asInt()).isEqualTo(3);
        assertThat(batch.json().get("added").asInt()).isEqualTo(3);
        assertThat(batch.json().get("from").asText()).isEqualTo("2025-03-01");
        assertThat(batch.json().get("to").asText()).isEqualTo("2025-03-10");
        assertThat(batch.json().get("reverted").asBoolean()).isFalse();
        Reply csvBatch = api.get(home.path + "/imports/" + csvFile.get("batch").asText(), home.token);
        assertThat(csvBatch.json().get("quarantined").asInt()).isEqualTo(1);
        JsonNode kept = csvBatch.json().get("quarantinedRows");
        assertThat(kept).as(csvBatch.raw().body()).hasSize(1);
        assertThat(kept.get(0).get("line").asInt()).isEqualTo(4);
        assertThat(kept.get(0).get("field").asText()).isEqualTo("date");
        assertThat(kept.get(0).get("reason").asText()).isEqualTo(csvFile.get("quarantined").get(0).get("reason").asText());
        assertThat(kept.get(0).get("raw").asText()).contains("not a date,BROKEN ROW");
        assertThat(list.json().get("items").get(0).has("quarantinedRows")).as("a list counts them only").isFalse();
        assertThat(api.get(home.path + "/imports/" + UUID.randomUUID(), home.token).status()).isEqualTo(404);
    }

    @Test
    void severalFilesInOneUploadBecomeOneBatchEach() throws Exception {
        Household home = household("several");
        home.openAccount("CARD");

        Reply both = upload(home, new Form().file(OFX).file(CSV).field("account", "CARD"));

        assertThat(both.status()).as(both.raw().body()).isEqualTo(201);
        assertThat(both.json().get("files")).extracting(f -> f.get("file").asText()).containsExactly(OFX, CSV);
        assertThat(both.json().get("files")).extracting(f -> f.get("added").asInt()).containsExactly(3, 3);
        assertThat(both.header("Location")).as("no single batch to point at").isNull();
        assertThat(api.get(home.path + "/imports", home.token).json().get("items")).hasSize(2);
        assertThat(home.transactions()).hasSize(6);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() throws Exception {
        Household home = household("dry");
        home.openAccount("CARD");

        Reply dry = upload(home, new Form().file(CSV).field("account", "CARD").field("dryRun", "true"));

        assertThat(dry.status()).isEqualTo(200);
        JsonNode file = dry.json().get("files").get(0);
        assertThat(file.get("dryRun").asBoolean()).isTrue();
        assertThat(file.get("added").asInt()).isEqualTo(3);
        assertThat(file.get("quarantined")).hasSize(1);
        assertThat(file.has("batch")).isFalse();
        assertThat(home.transactions()).isEmpty();
        assertThat(api.get(home.path + "/imports", home.token).json().get("items")).isEmpty();
    }

    @Test
    void theHouseholdsCorrectionsCategorizeImportedRows() throws Exception {
        Household home = household("learner");
        home.openAccount("CARD");
        upload(home, new Form().file(CSV).field("account", "CARD"));
        String coffee = home.transactions().stream().filter(t -> t.get("description").asText().startsWith("CORNER"))
                .findFirst().orElseThrow().get("id").asText();
        Reply pinned = api.send("PATCH", home.path + "/transactions/" + coffee, home.token,
                Api.json(Map.of("category", "FOOD_AND_DRINK_COFFEE")), Map.of());
        assertThat(pinned.status()).as(pinned.raw().body()).isEqualTo(200);

        Reply april = upload(home, new Form().file("card-2025-04.csv").field("account", "CARD"));

        assertThat(april.status()).as(april.raw().body()).isEqualTo(201);
        JsonNode imported = home.transactions().stream().filter(t -> t.get("bookingDate").asText().equals("2025-04-02"))
                .findFirst().orElseThrow();
        assertThat(imported.get("category").get("key").asText()).isEqualTo("FOOD_AND_DRINK_COFFEE");
        assertThat(imported.get("category").get("pinned").asBoolean()).isFalse();
    }

    @Test
    void aRevertRemovesTheBatchAndTheListShowsItReverted() throws Exception {
        Household home = household("revert");
        home.openAccount("CARD");
        String batch = upload(home, new Form().file(CSV).field("account", "CARD")).json().get("files").get(0)
                .get("batch").asText();

        Reply reverted = api.post(home.path + "/imports/" + batch + "/revert", home.token, null);

        assertThat(reverted.status()).as(reverted.raw().body()).isEqualTo(200);
        assertThat(reverted.json().get("reverted").asBoolean()).isTrue();
        assertThat(home.transactions()).isEmpty();
        assertThat(api.get(home.path + "/imports", home.token).json().get("items").get(0).get("reverted").asBoolean())
                .isTrue();
        Reply twice = api.post(home.path + "/imports/" + batch + "/revert", home.token, null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asText()).isEqualTo(PROBLEMS + "rule-violated");
        assertThat(upload(home, new Form().file(CSV).field("account", "CARD")).json().get("files").get(0)
                .get("added").asInt()).as("a reverted file imports again").isEqualTo(3);
    }

    @Test
    void aRevertIsRefusedNamingTheEditedRowsUntilForced() throws Exception {
        Household home = household("edited");
        String batch = upload(home, new Form().file(OFX).field("createAccounts", "true")).json().get("files").get(0)
                .get("batch").asText();
        String rent = home.transactions().stream().filter(t -> t.get("description").asText().equals("RENT MARCH"))
                .findFirst().orElseThrow().get("id").asText();
        assertThat(api.send("PATCH", home.path + "/transactions/" + rent, home.token,
                Api.json(Map.of("notes", "paid late")), Map.of()).status()).isEqualTo(200);

        String key = UUID.randomUUID().toString();
        Reply refused = api.send("POST", home.path + "/imports/" + batch + "/revert?force=false", home.token, null,
                Map.of("Idempotency-Key", key));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.json().get("type").asText()).isEqualTo(PROBLEMS + "import-edited-since");
        assertThat(refused.json().get("editedTransactions")).extracting(JsonNode::asText).containsExactly(rent);
        assertThat(refused.json().get("detail").asText()).contains(rent).contains("force");
        assertThat(home.transactions()).hasSize(3);
        Reply forcedUnderTheSameKey = api.send("POST", home.path + "/imports/" + batch + "/revert?force=true",
                home.token, null, Map.of("Idempotency-Key", key));
        assertThat(forcedUnderTheSameKey.status()).as("another query is another request, not a replay")
                .isEqualTo(422);
        assertThat(forcedUnderTheSameKey.json().get("type").asText()).isEqualTo(PROBLEMS + "idempotency-key-reused");
        assertThat(home.transactions()).hasSize(3);

        Reply forced = api.post(home.path + "/imports/" + batch + "/revert?force=true", home.token, null);
        assertThat(forced.status()).as(forced.raw().body()).isEqualTo(200);
        assertThat(home.transactions()).isEmpty();
    }

    @Test
    void viewersMayReadButNotImportAndOtherHouseholdsAreNotFound() throws Exception {
        Household home = household("sharer");
        String batch = upload(home, new Form().file(OFX).field("createAccounts", "true")).json().get("files").get(0)
                .get("batch").asText();
        JsonNode viewer = api.newUser("import-viewer");
        assertThat(api.post(home.path + "/members", home.token, Api.json(Map.of("email",
                viewer.get("user").get("email").asText(), "role", "viewer"))).status()).isEqualTo(200);
        String viewerToken = viewer.get("accessToken").asText();

        assertThat(api.get(home.path + "/imports", viewerToken).json().get("items")).hasSize(1);
        Reply viewerUpload = upload(home.path, viewerToken, new Form().file(CSV), Map.of());
        assertThat(viewerUpload.status()).isEqualTo(403);
        assertThat(viewerUpload.contentType()).startsWith(PROBLEM);
        assertThat(api.post(home.path + "/imports/" + batch + "/revert", viewerToken, null).status()).isEqualTo(403);

        String mallory = api.newUser("import-mallory").get("accessToken").asText();
        for (Reply reply : List.of(api.get(home.path + "/imports", mallory),
                api.get(home.path + "/imports/" + batch, mallory),
                api.post(home.path + "/imports/" + batch + "/revert?force=true", mallory, null),
                upload(home.path, mallory, new Form().file(OFX).field("createAccounts", "true"), Map.of()))) {
            assertThat(reply.status()).as(reply.raw().request().method() + " " + reply.raw().uri()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith(PROBLEM);
        }
        assertThat(home.transactions()).hasSize(3);
    }

    @Test
    void aFileThatCannotBeImportedIs422WithTheParsersReasonAndNothingIsWritten() throws Exception {
        Household home = household("rejected");
        home.openAccount("CARD");

        Reply rejected = upload(home, new Form().file("signon-error.ofx"));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith(PROBLEM);
        assertThat(rejected.json().get("type").asText()).isEqualTo(PROBLEMS + "import-rejected");
        assertThat(rejected.json().get("detail").asText()).startsWith("signon-error.ofx:12: ").contains("15500");
        assertThat(rejected.json().get("rejected").get(0).get("file").asText()).isEqualTo("signon-error.ofx");
        assertThat(rejected.json().get("rejected").get(0).get("line").asInt()).isEqualTo(12);

        Reply mixed = upload(home, new Form().file(OFX).file("signon-error.ofx").field("createAccounts", "true"));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.json().get("rejected")).extracting(r -> r.get("file").asText())
                .containsExactly("signon-error.ofx");
        assertThat(home.transactions()).as("the good file of a refused upload is not imported either").isEmpty();
        assertThat(api.get(home.path + "/imports", home.token).json().get("items")).isEmpty();

        Reply unknownAccount = upload(home, new Form().file(CSV).field("account", "NOPE"));
        assertThat(unknownAccount.status()).isEqualTo(422);
        assertThat(unknownAccount.json().get("detail").asText()).contains("NOPE");

        Reply strict = upload(home, new Form().file(CSV).field("account", "CARD").field("strict", "true"));
        assertThat(strict.status()).isEqualTo(422);
        assertThat(strict.json().get("detail").asText()).contains("line 4");
    }

    @Test
    void badFormsWrongMediaTypesAndOversizedUploadsAreProblems() throws Exception {
        Household home = household("bad-forms");

        Reply json = api.post(home.path + "/imports", home.token, Api.json(Map.of("file", "x")));
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().get("type").asText()).isEqualTo(PROBLEMS + "unsupported-media-type");

        Reply noFile = upload(home, new Form().field("dryRun", "true"));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().get("errors").get(0).get("field").asText()).isEqualTo("file");

        Reply typo = upload(home, new Form().file(CSV).field("dryrun", "true"));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("errors").get(0).get("field").asText()).isEqualTo("dryrun");

        byte[] big = ("Date,Description,Amount\n" + "2025-03-04,CORNER COFFEE 0815,-3.75\n".repeat(2000))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(big.length).isGreaterThan(UPLOAD_LIMIT);
        Reply oversized = upload(home.path, home.token, new Form().file("big.csv", big), Map.of());
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.json().get("type").asText()).isEqualTo(PROBLEMS + "payload-too-large");
        assertThat(oversized.json().get("detail").asText()).contains(Integer.toString(UPLOAD_LIMIT));
    }

    @Test
    void anUploadRetriedWithItsIdempotencyKeyReplaysTheFirstAnswer() throws Exception {
        Household home = household("idempotent");
        String key = UUID.randomUUID().toString();
        Form form = new Form().file(OFX).field("createAccounts", "true");

        Reply first = upload(home.path, home.token, form, Map.of("Idempotency-Key", key));
        Reply retry = upload(home.path, home.token, form, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(api.get(home.path + "/imports", home.token).json().get("items")).hasSize(1);

        Reply other = upload(home.path, home.token, new Form().file(CSV), Map.of("Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).isEqualTo(PROBLEMS + "idempotency-key-reused");
    }

    /** A household of a new user, who owns it. */
    private record Household(String token, String path) {
        void openAccount(String code) throws Exception {
            Reply r = api.post(path + "/accounts", token, Api.json(Map.of("code", code, "name", code + " account",
                    "type", "credit_card", "openingBalance", Map.of("amount", "0", "currency", "USD"),
                    "openingDate", "2025-01-01")));
            assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        }

        List<JsonNode> transactions() throws Exception {
            List<JsonNode> all = new ArrayList<>();
            api.get(path + "/transactions?limit=500", token).json().get("items").forEach(all::add);
            return all;
        }
    }

    private static Household household(String name) throws Exception {
        String token = api.newUser(name).get("accessToken").asText();
        Reply created = api.post("/api/v1/households", token, Api.json(Map.of("name", name)));
        assertThat(created.status()).isEqualTo(201);
        return new Household(token, "/api/v1/households/" + created.json().get("id").asText());
    }

    private static Reply upload(Household home, Form form) throws Exception {
        return upload(home.path, home.token, form, Map.of());
    }

    /** Uploads the form with a fresh boundary each time, as HTTP clients do. */
    private static Reply upload(String household, String token, Form form, Map<String, String> headers)
            throws Exception {
        String boundary = "----myknees-" + UUID.randomUUID();
        return api.sendBytes("POST", household + "/imports", token, "multipart/form-data; boundary=" + boundary,
                form.body(boundary), headers);
    }

    /** A multipart/form-data body: files from the test resources (or given bytes) and text fields. */
    private static final class Form {
        private final List<Object[]> parts = new ArrayList<>();

        Form file(String resource) throws IOException {
            return file(resource, resource(resource));
        }

        Form file(String name, byte[] content) {
            parts.add(new Object[] {"file", name, content});
            return this;
        }

        Form field(String name, String value) {
            parts.add(new Object[] {name, null, value.getBytes(StandardCharsets.UTF_8)});
            return this;
        }

        byte[] body(String boundary) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object[] part : parts) {
                String disposition = "form-data; name=\"" + part[0] + "\""
                        + (part[1] == null ? "" : "; filename=\"" + part[1] + "\"");
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                        + (part[1] == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes((byte[]) part[2]);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportsIT.class.getResourceAsStream("/imports/" + name)) {
            assertThat(in).as("test resource imports/" + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
