package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.server.Api.Reply;

/**
 * The rules API and learning from pins against a running Liberty with a real (embedded) PostgreSQL: condition
 * trees, preview of every field change that writes nothing, apply that spares pins, field paths in validation errors, access, and a pin
 * that teaches its household at once and no other.
 */
class RulesIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String COFFEE = "FOOD_AND_DRINK_COFFEE";
    private static final String GAS = "TRANSPORTATION_GAS";

    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void startServer() throws Exception {
        server = LibertyServer.start(Map.of("MYKNEES_AUTH_LOGIN_FAILURES_PER_ADDRESS", "1000"));
        api = new Api(server.base());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Coffee out of the account, but not the coffee-bean shop. */
    private static Map<String, Object> coffeeRule() {
        return Map.of("name", "Coffee, not beans", "conditions", List.of(
                        Map.of("any", List.of(
                                Map.of("field", "rawDescriptor", "operator", "contains", "value", "starbucks"),
                                Map.of("field", "rawDescriptor", "operator", "startsWith", "value", "blue bottle"))),
                        Map.of("not", Map.of("field", "rawDescriptor", "operator", "contains", "value", "beans")),
                        Map.of("field", "direction", "operator", "equals", "value", "out")),
                "actions", List.of(Map.of("type", "setCategory", "value", COFFEE), Map.of("type", "addTag", "value", "coffee")));
    }

    private static Map<String, Object> fuelRule() {
        return Map.of("name", "Fuel", "stage", "post", "match", "all", "conditions", List.of(
                        Map.of("field", "rawDescriptor", "operator", "regex", "value", "^SHELL [0-9]+"),
                        Map.of("field", "amount", "operator", "between", "values", List.of("-100.00", "-1.00"),
                                "currency", "USD")),
                "actions", List.of(Map.of("type", "setCategory", "value", GAS)), "stopProcessing", true);
    }

    @Test
    void rulesWithConditionTreesPreviewExactlyAndApplyWithoutTouchingPins() throws Exception {
        String token = api.newUser("rules").get("accessToken").asText();
        String h = household(token, "The Rulers");
        String checking = openAccount(token, h);
        String coffee = record(token, h, checking, "2025-03-01", "-4.50", "STARBUCKS STORE 1234");
        String beans = record(token, h, checking, "2025-03-02", "-18.00", "STARBUCKS BEANS ONLINE");
        String fuel = record(token, h, checking, "2025-03-03", "-40.00", "SHELL 5555 MAIN ST");
        String pinned = record(token, h, checking, "2025-03-04", "-5.00", "BLUE BOTTLE SF");
        assertThat(api.send("PATCH", h + "/transactions/" + pinned, token, Api.json(Map.of("category", GAS)),
                Map.of()).status()).isEqualTo(200);

        Reply created = api.post(h + "/rules", token, Api.json(coffeeRule()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("conditions").get(1).get("not").get("value").asText()).isEqualTo("beans");
        String coffeeRule = created.json().get("id").asText();
        Reply fuelCreated = api.post(h + "/rules", token, Api.json(fuelRule()));
        assertThat(fuelCreated.status()).as(fuelCreated.raw().body()).isEqualTo(201);
        assertThat(api.get(h + "/rules", token).json()).extracting(r -> r.get("name").asText())
                .containsExactly("Coffee, not beans", "Fuel");

        Reply preview = api.post(h + "/rules/preview", token, null);
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.json().get("examined").asInt()).isEqualTo(4);
        assertThat(preview.json().get("total").asInt()).isEqualTo(4);
        assertThat(preview.json().get("changes")).extracting(RulesIT::line)
                .containsExactlyInAnyOrder(
                        coffee + " 2025-03-01 STARBUCKS STORE 1234 category: null -> " + COFFEE + " by Coffee, not beans",
                        coffee + " 2025-03-01 STARBUCKS STORE 1234 tag: null -> coffee by Coffee, not beans",
                        fuel + " 2025-03-03 SHELL 5555 MAIN ST category: null -> " + GAS + " by Fuel",
                        pinned + " 2025-03-04 BLUE BOTTLE SF tag: null -> coffee by Coffee, not beans");
        assertThat(category(token, h, coffee).get("source").asText()).isEqualTo("none");

        Reply applied = api.post(h + "/rules/apply", token, null);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("changed").asInt()).isEqualTo(3);
        assertThat(applied.json().get("pinned").asInt()).isEqualTo(1);
        assertThat(category(token, h, coffee).get("key").asText()).isEqualTo(COFFEE);
        assertThat(category(token, h, coffee).get("source").asText()).isEqualTo("rule");
        assertThat(category(token, h, fuel).get("key").asText()).isEqualTo(GAS);
        assertThat(category(token, h, beans).get("source").asText()).isEqualTo("none");
        assertThat(category(token, h, pinned).get("key").asText()).isEqualTo(GAS);
        assertThat(category(token, h, pinned).get("pinned").asBoolean()).isTrue();
        assertThat(api.post(h + "/rules/preview", token, null).json().get("total").asInt()).isZero();

        Reply moved = api.send("PUT", h + "/rules/" + coffeeRule, token, Api.json(Map.of("name", "Coffee",
                "stage", "post", "position", 0, "conditions", coffeeRule().get("conditions"),
                "actions", coffeeRule().get("actions"))), Map.of("If-Match", "\"1\""));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        assertThat(api.get(h + "/rules", token).json()).extracting(r -> r.get("name").asText() + "@"
                + r.get("stage").asText() + r.get("position").asInt()).containsExactly("Coffee@post0", "Fuel@post1");
        Reply stale = api.send("PUT", h + "/rules/" + coffeeRule, token, Api.json(coffeeRule()),
                Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.send("DELETE", h + "/rules/" + coffeeRule, token, null, Map.of()).status()).isEqualTo(204);
        assertThat(api.get(h + "/rules/" + coffeeRule, token).status()).isEqualTo(404);
    }

    @Test
    void aRuleThatTagsAndAnnotatesReachesHistoryAsPreviewedAndAPinKeepsItsCategory() throws Exception {
        String token = api.newUser("annotator").get("accessToken").asText();
        String h = household(token, "The Annotators");
        String checking = openAccount(token, h);
        String plain = record(token, h, checking, "2025-04-01", "-60.00", "HILTON LONDON");
        String pinned = record(token, h, checking, "2025-04-02", "-80.00", "HILTON PARIS");
        assertThat(api.send("PATCH", h + "/transactions/" + pinned, token, Api.json(Map.of("category", GAS)),
                Map.of()).status()).isEqualTo(200);
        String travel = "TRAVEL_LODGING";
        Reply created = api.post(h + "/rules", token, Api.json(Map.of("name", "Hotels", "conditions", List.of(
                        Map.of("field", "rawDescriptor", "operator", "startsWith", "value", "hilton")),
                "actions", List.of(Map.of("type", "setCategory", "value", travel),
                        Map.of("type", "addTag", "value", "Trip"), Map.of("type", "setNotes", "value", "expense it")))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

        Reply preview = api.post(h + "/rules/preview", token, null);

        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.json().get("changes")).extracting(RulesIT::line).containsExactlyInAnyOrder(
                plain + " 2025-04-01 HILTON LONDON category: null -> " + travel + " by Hotels",
                plain + " 2025-04-01 HILTON LONDON tag: null -> trip by Hotels",
                plain + " 2025-04-01 HILTON LONDON notes: null -> expense it by Hotels",
                pinned + " 2025-04-02 HILTON PARIS tag: null -> trip by Hotels",
                pinned + " 2025-04-02 HILTON PARIS notes: null -> expense it by Hotels");

        Reply applied = api.post(h + "/rules/apply", token, null);

        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        JsonNode first = api.get(h + "/transactions/" + plain, token).json();
        JsonNode second = api.get(h + "/transactions/" + pinned, token).json();
        assertThat(first.get("category").get("key").asText()).isEqualTo(travel);
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("trip");
        assertThat(first.get("notes").asText()).isEqualTo("expense it");
        assertThat(second.get("category").get("key").asText()).isEqualTo(GAS);
        assertThat(second.get("category").get("pinned").asBoolean()).isTrue();
        assertThat(second.get("tags")).extracting(JsonNode::asText).containsExactly("trip");
        assertThat(second.get("notes").asText()).isEqualTo("expense it");
        assertThat(api.post(h + "/rules/preview", token, null).json().get("total").asInt()).isZero();
    }

    @Test
    void aBadRuleIsAProblemNamingTheFieldPath() throws Exception {
        String token = api.newUser("bad-rules").get("accessToken").asText();
        String h = household(token, "The Typos");

        Reply badOperator = api.post(h + "/rules", token, Api.json(Map.of("name", "x", "conditions", List.of(
                        Map.of("field", "rawDescriptor", "operator", "contains", "value", "a"),
                        Map.of("field", "rawDescriptor", "operator", "sortOf", "value", "b")),
                "actions", List.of(Map.of("type", "setCategory", "value", COFFEE)))));
        Reply badRegex = api.post(h + "/rules", token, Api.json(Map.of("name", "x", "conditions", List.of(
                        Map.of("any", List.of(Map.of("field", "merchant", "operator", "regex", "value", "(open")))),
                "actions", List.of(Map.of("type", "setCategory", "value", COFFEE)))));
        Reply unknownCategory = api.post(h + "/rules", token, Api.json(Map.of("name", "x", "conditions", List.of(
                        Map.of("field", "rawDescriptor", "operator", "contains", "value", "a")),
                "actions", List.of(Map.of("type", "addTag", "value", "t"),
                        Map.of("type", "setCategory", "value", "NOT_A_CODE")))));

        assertThat(List.of(badOperator, badRegex, unknownCategory)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith(PROBLEM);
        });
        assertThat(badOperator.json().get("errors").get(0).get("field").asText()).isEqualTo("conditions[1].operator");
        assertThat(badRegex.json().get("errors").get(0).get("field").asText()).isEqualTo("conditions[0].any[0].value");
        assertThat(unknownCategory.json().get("errors").get(0).get("field").asText()).isEqualTo("actions[1].value");
        assertThat(api.get(h + "/rules", token).json()).isEmpty();
    }

    @Test
    void viewersReadRulesButCannotChangeThemAndStrangersFindNothing() throws Exception {
        String token = api.newUser("rule-owner").get("accessToken").asText();
        String h = household(token, "The Sharers");
        assertThat(api.post(h + "/rules", token, Api.json(coffeeRule())).status()).isEqualTo(201);
        JsonNode viewer = api.newUser("rule-viewer");
        assertThat(api.post(h + "/members", token, Api.json(Map.of("email", viewer.get("user").get("email").asText(),
                "role", "viewer"))).status()).isEqualTo(200);
        String viewerToken = viewer.get("accessToken").asText();
        String strangerToken = api.newUser("rule-stranger").get("accessToken").asText();

        assertThat(api.get(h + "/rules", viewerToken).json()).hasSize(1);
        assertThat(api.post(h + "/rules/preview", viewerToken, null).status()).isEqualTo(200);
        for (Reply refused : List.of(api.post(h + "/rules", viewerToken, Api.json(coffeeRule())),
                api.post(h + "/rules/apply", viewerToken, null))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith(PROBLEM);
        }
        for (Reply hidden : List.of(api.get(h + "/rules", strangerToken),
                api.post(h + "/rules/preview", strangerToken, null),
                api.post(h + "/rules", strangerToken, Api.json(coffeeRule())))) {
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.contentType()).startsWith(PROBLEM);
        }
    }

    @Test
    void aPinTeachesItsHouseholdAtOnceAndNoOther() throws Exception {
        String token = api.newUser("learner").get("accessToken").asText();
        String h = household(token, "The Learners");
        String checking = openAccount(token, h);
        String taught = record(token, h, checking, "2025-03-01", "-23.00", "JOES PIZZA #123 SPRINGFIELD");
        String sibling = record(token, h, checking, "2025-03-08", "-31.00", "SQ *JOES PIZZA 0042");
        String otherToken = api.newUser("neighbour").get("accessToken").asText();
        String other = household(otherToken, "The Neighbours");
        String elsewhere = record(otherToken, other, openAccount(otherToken, other), "2025-03-08", "-31.00",
                "SQ *JOES PIZZA 0042");
        String hair = "PERSONAL_CARE_HAIR_AND_BEAUTY";

        assertThat(api.send("PATCH", h + "/transactions/" + taught, token, Api.json(Map.of("category", hair)),
                Map.of()).status()).isEqualTo(200);
        Reply learned = api.post(h + "/transactions/" + sibling + "/categorize", token, null);
        Reply notLearned = api.post(other + "/transactions/" + elsewhere + "/categorize", otherToken, null);

        assertThat(learned.status()).as(learned.raw().body()).isEqualTo(200);
        assertThat(learned.json().get("category").asText()).isEqualTo(hair);
        assertThat(learned.json().get("source").asText()).isEqualTo("learned");
        assertThat(category(token, h, sibling).get("key").asText()).isEqualTo(hair);
        assertThat(notLearned.status()).as(notLearned.raw().body()).isEqualTo(200);
        assertThat(notLearned.json().path("category").asText()).isNotEqualTo(hair);
        assertThat(api.post(h + "/transactions/" + elsewhere + "/categorize", token, null).status()).isEqualTo(404);
        JsonNode model = api.get("/health/started", null).json().get("checks");
        assertThat(model.toString()).contains("categorization");
    }

    /** One previewed change as "transaction date descriptor field: before -> after by rule". */
    private static String line(JsonNode c) {
        return c.get("transactionId").asText() + " " + c.get("bookingDate").asText() + " "
                + c.get("descriptor").asText() + " " + c.get("field").asText() + ": "
                + c.path("before").asText("null") + " -> " + c.get("after").asText() + " by " + c.get("ruleName").asText();
    }

    private static String household(String token, String name) throws Exception {
        Reply r = api.post("/api/v1/households", token, Api.json(Map.of("name", name)));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return "/api/v1/households/" + r.json().get("id").asText();
    }

    private static String openAccount(String token, String h) throws Exception {
        Reply r = api.post(h + "/accounts", token, Api.json(Map.of("code", "CHK", "name", "Checking",
                "type", "checking", "openingBalance", Map.of("amount", "0", "currency", "USD"),
                "openingDate", "2025-01-01")));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String record(String token, String h, String account, String date, String amount,
                                 String description) throws Exception {
        Reply r = api.post(h + "/transactions", token, Api.json(Map.of("accountId", account, "bookingDate", date,
                "amount", Map.of("amount", amount, "currency", "USD"), "description", description)));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static JsonNode category(String token, String h, String transaction) throws Exception {
        Reply r = api.get(h + "/transactions/" + transaction, token);
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("category");
    }
}
