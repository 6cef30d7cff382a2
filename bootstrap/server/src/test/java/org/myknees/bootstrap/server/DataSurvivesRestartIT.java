package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.server.Api.Reply;

/**
 * The product's ground rule: the server's default store keeps what it was told across a stop and a start on the
 * same data directory (embedded PostgreSQL), users and their sign-in included.
 */
class DataSurvivesRestartIT {

    @Test
    void aUserHouseholdAndTransactionAreThereAfterARestart() throws Exception {
        Path data = LibertyServer.temporaryDataDir("myknees-it-restart");
        String email;
        String household;
        String transaction;
        try (LibertyServer first = LibertyServer.start(data, Map.of())) {
            Api api = new Api(first.base());
            JsonNode user = api.newUser("survivor");
            email = user.get("user").get("email").asText();
            String token = user.get("accessToken").asText();
            Reply created = api.post("/api/v1/households", token, Api.json(Map.of("name", "The Survivors")));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            household = "/api/v1/households/" + created.json().get("id").asText();
            Reply account = api.post(household + "/accounts", token, Api.json(Map.of("code", "CHK",
                    "name", "Checking", "type", "checking",
                    "openingBalance", Map.of("amount", "0", "currency", "EUR"), "openingDate", "2025-01-01")));
            assertThat(account.status()).as(account.raw().body()).isEqualTo(201);
            Reply recorded = api.post(household + "/transactions", token, Api.json(Map.of(
                    "accountId", account.json().get("id").asText(), "bookingDate", "2025-04-01",
                    "amount", Map.of("amount", "-12.34", "currency", "EUR"), "description", "BAKERY")));
            assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
            transaction = recorded.json().get("id").asText();
        }

        try (LibertyServer second = LibertyServer.start(data, Map.of())) {
            Api api = new Api(second.base());
            Reply login = api.login(email);
            assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
            String token = login.json().get("accessToken").asText();
            assertThat(api.get(household, token).json().get("name").asText()).isEqualTo("The Survivors");
            Reply read = api.get(household + "/transactions/" + transaction, token);
            assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
            assertThat(read.json().get("description").asText()).isEqualTo("BAKERY");
            assertThat(read.json().get("amount").get("amount").asText()).isEqualTo("-12.34");
        }
    }
}
