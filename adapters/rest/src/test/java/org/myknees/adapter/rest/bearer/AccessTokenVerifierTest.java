package org.myknees.adapter.rest.bearer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.adapter.rest.user.AccessTokenIssuer;
import org.myknees.adapter.rest.user.SigningKey;
import org.myknees.application.user.port.out.EmailTakenException;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

/** Our own and an external issuer's tokens, the external keys served by a real JWKS endpoint on this machine. */
class AccessTokenVerifierTest {

    private static final String OUR_ISSUER = "https://myknees.test";
    private static final String IDP = "https://idp.test/realms/family";
    private static final String IDP_AUDIENCE = "myknees-web";

    private final List<PublicJsonWebKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private final Map<String, String> linkedUsers = new ConcurrentHashMap<>();
    private final AtomicInteger links = new AtomicInteger();
    private HttpServer jwksServer;
    private PublicJsonWebKey idpRsa;
    private PublicJsonWebKey idpEc;
    private SigningKey ourKey;
    private AccessTokenVerifier verifier;

    @BeforeEach
    void startIdentityProvider(@TempDir Path dataDir) throws Exception {
        idpRsa = RsaJwkGenerator.generateJwk(2048);
        idpRsa.setKeyId("rsa-1");
        idpEc = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        idpEc.setKeyId("ec-1");
        published.addAll(List.of(idpRsa, idpEc));
        jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwksServer.createContext("/jwks", exchange -> {
            jwksFetches.incrementAndGet();
            byte[] body = new JsonWebKeySet(List.copyOf(published))
                    .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwksServer.start();
        ourKey = SigningKey.load(Optional.empty(), dataDir);
        TrustedIssuer.ExternalSettings settings = new TrustedIssuer.ExternalSettings(IDP,
                URI.create("http://localhost:" + jwksServer.getAddress().getPort() + "/jwks"),
                Optional.of(IDP_AUDIENCE));
        TrustedIssuer.ExternalUsers users = (issuer, subject, email) -> {
            if (email.value().equals("taken@example.org")) {
                throw new EmailTakenException(email);
            }
            links.incrementAndGet();
            String id = linkedUsers.computeIfAbsent(issuer + " " + subject, k -> UUID.randomUUID().toString());
            return new TrustedIssuer.LocalUser(id, Set.of("user"));
        };
        verifier = new AccessTokenVerifier(List.of(
                TrustedIssuer.own(OUR_ISSUER, AccessTokenIssuer.AUDIENCE, ourKey.key().getPublicKey()),
                TrustedIssuer.external(settings, users, 0)), Clock.systemUTC());
    }

    @AfterEach
    void stopIdentityProvider() {
        jwksServer.stop(0);
    }

    @Test
    void anExternalTokenSignedWithAPublishedKeyMapsItsSubjectToOneLocalUser() throws Exception {
        Caller byRsa = verifier.verify(externalToken(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", 300));
        Caller byEc = verifier.verify(externalToken(idpEc, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                "alice", 300));
        Caller other = verifier.verify(externalToken(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, "bob", 300));

        assertThat(byRsa.user()).isEqualTo(linkedUsers.get(IDP + " alice"));
        assertThat(byEc.user()).isEqualTo(byRsa.user());
        assertThat(other.user()).isNotEqualTo(byRsa.user());
        assertThat(byRsa.groups()).containsExactly("user");
    }

    @Test
    void theSameTokenAgainIsAnsweredFromMemoryWithoutLinkingAgain() throws Exception {
        String token = externalToken(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", 300);

        Caller first = verifier.verify(token);
        Caller again = verifier.verify(token);

        assertThat(again).isEqualTo(first);
        assertThat(links).hasValue(1);
    }

    @Test
    void ourOwnTokensAreAcceptedWithTheirGroups() {
        User user = User.signUp(UserId.newId(), new EmailAddress("ada@example.org"), "hash", Instant.now());
        String token = new AccessTokenIssuer(ourKey, OUR_ISSUER, java.time.Duration.ofMinutes(5), Clock.systemUTC())
                .issue(user).token();

        Caller caller = verifier.verify(token);

        assertThat(caller.user()).isEqualTo(user.id().toString());
        assertThat(caller.groups()).containsExactly("user");
    }

    @Test
    void aTokenOfAnotherIssuerIsRejectedEvenWithAPublishedKey() throws Exception {
        String token = sign(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256,
                claims("https://evil.test", "alice", IDP_AUDIENCE, 300));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("evil.test");
    }

    @Test
    void theExternalIssuersKeysCannotSignTokensInOurName() throws Exception {
        JwtClaims claims = claims(OUR_ISSUER, UserId.newId().toString(), AccessTokenIssuer.AUDIENCE, 300);
        claims.setStringListClaim("groups", "user", "admin");

        assertThatThrownBy(() -> verifier.verify(sign(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, claims)))
                .isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void aKeyTheIssuerDoesNotPublishIsRejectedAfterFetchingTheKeysAgain() throws Exception {
        verifier.verify(externalToken(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", 300));
        int fetchesBefore = jwksFetches.get();
        PublicJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
        stranger.setKeyId("rsa-unknown");

        assertThatThrownBy(() -> verifier.verify(
                externalToken(stranger, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", 300)))
                .isInstanceOf(TokenRejectedException.class);
        assertThat(jwksFetches.get()).isGreaterThan(fetchesBefore);
    }

    @Test
    void aRotatedKeyIsPickedUpWhenATokenNamesIt() throws Exception {
        verifier.verify(externalToken(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", 300));
        PublicJsonWebKey rotated = RsaJwkGenerator.generateJwk(2048);
        rotated.setKeyId("rsa-2");
        published.add(rotated);

        Caller caller = verifier.verify(externalToken(rotated, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", 300));

        assertThat(caller.user()).isEqualTo(linkedUsers.get(IDP + " alice"));
    }

    @Test
    void aTokenExpiredLongerThanTheThirtySecondsOfSkewIsRejected() throws Exception {
        String expired = externalToken(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, "alice", -31);

        assertThatThrownBy(() -> verifier.verify(expired)).isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("Expiration");
        assertThat(links).hasValue(0);
    }

    @Test
    void hs256SignedWithThePublicKeyIsRejected() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(IDP, "alice", IDP_AUDIENCE, 300).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue(idpRsa.getKeyId());
        jws.setKey(new HmacKey(idpRsa.getPublicKey().getEncoded()));
        String token = jws.getCompactSerialization();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(TokenRejectedException.class);
        assertThat(links).hasValue(0);
    }

    @Test
    void anUnsignedTokenIsRejected() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(IDP, "alice", IDP_AUDIENCE, 300).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        String token = jws.getCompactSerialization();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        String token = sign(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, claims(IDP, "alice", "another-app", 300));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("udience");
    }

    @Test
    void anAddressOfAPasswordUserIsNotTakenOver() throws Exception {
        JwtClaims claims = claims(IDP, "mallory", IDP_AUDIENCE, 300);
        claims.setStringClaim("email", "taken@example.org");

        assertThatThrownBy(() -> verifier.verify(sign(idpRsa, AlgorithmIdentifiers.RSA_USING_SHA256, claims)))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("password");
    }

    @Test
    void settingsRefusePlainHttpToAnotherMachineAndHalfAConfiguration() {
        assertThatThrownBy(() -> TrustedIssuer.ExternalSettings.of(Optional.of(IDP),
                Optional.of("http://idp.test/jwks"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> TrustedIssuer.ExternalSettings.of(Optional.of(IDP), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
        assertThat(TrustedIssuer.ExternalSettings.of(Optional.empty(), Optional.of(" "), Optional.empty())).isEmpty();
    }

    private String externalToken(PublicJsonWebKey key, String algorithm, String subject, long expiresInSeconds)
            throws JoseException {
        return sign(key, algorithm, claims(IDP, subject, IDP_AUDIENCE, expiresInSeconds));
    }

    private static JwtClaims claims(String issuer, String subject, String audience, long expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setAudience(audience);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond() - 60));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + expiresInSeconds));
        return claims;
    }

    private static String sign(PublicJsonWebKey key, String algorithm, JwtClaims claims) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setKey(key.getPrivateKey());
        return jws.getCompactSerialization();
    }
}
