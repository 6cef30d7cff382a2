package org.myknees.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myknees.bootstrap.server.Api.Reply;

/**
 * A running server configured to accept an external OpenID Connect issuer, whose keys a JWKS endpoint in this test
 * serves: its tokens reach the API as one local user per subject, and forged ones are refused.
 */
class ExternalIssuerIT {

    private static final String IDP = "https://idp.example/realms/family";
    private static final String AUDIENCE = "myknees-web";

    private static HttpServer jwks;
    private static PublicJsonWebKey rsa;
    private static PublicJsonWebKey ec;
    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        rsa = RsaJwkGenerator.generateJwk(2048);
        rsa.setKeyId("idp-rsa");
        ec = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        ec.setKeyId("idp-ec");
        byte[] keys = new JsonWebKeySet(List.of(rsa, ec)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                .getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        jwks.start();
        server = LibertyServer.start(Map.of(
                "MYKNEES_AUTH_OIDC_ISSUER", IDP,
                "MYKNEES_AUTH_OIDC_JWKS_URL", "http://localhost:" + jwks.getAddress().getPort() + "/certs",
                "MYKNEES_AUTH_OIDC_AUDIENCE", AUDIENCE));
        api = new Api(server.base());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void anExternalSubjectIsOneLocalUserWhoCanUseTheApi() throws Exception {
        String subject = "f81d4fae-" + UUID.randomUUID();
        String email = "carol-" + UUID.randomUUID() + "@example.org";

        Reply first = api.get("/api/v1/users/me", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA256, IDP, subject,
                email, 300));
        Reply again = api.get("/api/v1/users/me", token(ec, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                IDP, subject, email, 300));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("email").asText()).isEqualTo(email);
        assertThat(first.json().get("roles")).extracting(JsonNode::asText).containsExactly("user");
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        Reply household = api.post("/api/v1/households",
                token(rsa, AlgorithmIdentifiers.RSA_USING_SHA256, IDP, subject, email, 300),
                Api.json(Map.of("name", "Carol's")));
        assertThat(household.status()).isEqualTo(201);
    }

    @Test
    void ourOwnTokensStillWork() throws Exception {
        String token = api.newUser("local").get("accessToken").asText();

        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
    }

    @Test
    void forgedExternalTokensAreRefused() throws Exception {
        String subject = "mallory-" + UUID.randomUUID();
        PublicJsonWebKey unpublished = RsaJwkGenerator.generateJwk(2048);
        unpublished.setKeyId("idp-rsa-2");
        JsonWebSignature hs256 = new JsonWebSignature();
        hs256.setPayload(claims(IDP, subject, null, 300).toJson());
        hs256.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hs256.setKeyIdHeaderValue(rsa.getKeyId());
        hs256.setKey(new HmacKey(rsa.getPublicKey().getEncoded()));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();

        Map<String, String> attacks = Map.of(
                "wrong issuer", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA256, "https://evil.example", subject,
                        null, 300),
                "key the issuer does not publish", token(unpublished, AlgorithmIdentifiers.RSA_USING_SHA256, IDP,
                        subject, null, 300),
                "expired", token(rsa, AlgorithmIdentifiers.RSA_USING_SHA256, IDP, subject, null, -120),
                "HS256 with the public key as secret", hs256.getCompactSerialization(),
                "alg none", b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                        + b64.encodeToString(claims(IDP, subject, null, 300).toJson()
                        .getBytes(StandardCharsets.UTF_8)) + ".");
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            assertThat(api.get("/api/v1/users/me", attack.getValue()).status()).as(attack.getKey()).isEqualTo(401);
        }
    }

    private static String token(PublicJsonWebKey key, String algorithm, String issuer, String subject, String email,
                                long expiresInSeconds) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(issuer, subject, email, expiresInSeconds).toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setKey(key.getPrivateKey());
        return jws.getCompactSerialization();
    }

    private static JwtClaims claims(String issuer, String subject, String email, long expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        if (email != null) {
            claims.setStringClaim("email", email);
        }
        long now = Instant.now().getEpochSecond();
        claims.setIssuedAt(NumericDate.fromSeconds(now - 60));
        claims.setExpirationTime(NumericDate.fromSeconds(now + expiresInSeconds));
        return claims;
    }
}
