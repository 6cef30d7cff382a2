package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myknees.bootstrap.server.TestTokens.sign;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Liberty's authentication cache finds the subject of an earlier request by a key the bearer mechanism gives it:
 * each request still gets exactly the user and roles of its own token, and a token refused is refused even when a
 * good token of the same user was seen just before.
 */
class AuthenticationCacheIT {

    private static final String ISSUER = "https://myknees.it";

    private static LibertyServer server;
    private static Api api;
    private static RsaJsonWebKey serverKey;

    @BeforeAll
    static void startServer() throws Exception {
        server = LibertyServer.start(Map.of("MYKNEES_AUTH_ISSUER", ISSUER));
        api = new Api(server.base());
        // The server makes its signing key on the first sign-in.
        api.newUser("first");
        serverKey = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(
                server.dataDir().resolve("keys/access-token.jwk"), StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachRequestIsItsOwnTokensUserWhateverCameBefore() throws Exception {
        JsonNode alice = api.newUser("alice");
        JsonNode bob = api.newUser("bob");

        for (int round = 0; round < 3; round++) {
            for (JsonNode user : List.of(alice, bob)) {
                assertThat(api.get("/api/v1/users/me", user.get("accessToken").asText()).json().get("id").asText())
                        .isEqualTo(user.get("user").get("id").asText());
            }
        }
    }

    @Test
    void rolesComeFromEachTokenNotFromAnEarlierSubjectOfTheSameUser() throws Exception {
        String subject = api.newUser("roles").get("user").get("id").asText();
        String member = sign(serverKey, ISSUER, subject, 300, "user");
        String noRole = sign(serverKey, ISSUER, subject, 300, "guest");

        assertThat(api.get("/api/v1/users/me", member).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", noRole).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users/me", member).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", noRole).status()).isEqualTo(403);
    }

    @Test
    void anExpiredTokenIsRefusedRightAfterAValidOneOfTheSameUserAndRoles() throws Exception {
        String subject = api.newUser("expiry").get("user").get("id").asText();

        assertThat(api.get("/api/v1/users/me", sign(serverKey, ISSUER, subject, 300, "user")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", sign(serverKey, ISSUER, subject, -600, "user")).status()).isEqualTo(401);
    }
}
