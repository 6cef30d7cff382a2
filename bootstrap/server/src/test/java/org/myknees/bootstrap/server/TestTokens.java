package org.myknees.bootstrap.server;

import java.security.Key;
import java.time.Instant;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/** Access tokens made by hand, for the tests that present the server with tokens it did or did not issue. */
final class TestTokens {

    private TestTokens() {
    }

    /**
     * The claims of an access token for the subject in one group, issued 700 s ago (well past the server's 30 s of
     * clock skew, so a token is never refused for being issued in the future) and expiring after the given seconds
     * (negative: already expired).
     */
    static JwtClaims claims(String issuer, String subject, String group, long expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("myknees");
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", group);
        long now = Instant.now().getEpochSecond();
        claims.setIssuedAt(NumericDate.fromSeconds(now - 700));
        claims.setExpirationTime(NumericDate.fromSeconds(now + expiresInSeconds));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    /** The claims signed with any key and algorithm, weak ones included (the attacks need them). */
    static String sign(JwtClaims claims, Key key, String algorithm, String keyId) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKeyIdHeaderValue(keyId);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    /** An RS256 token for the subject in one group, signed with the key. */
    static String sign(RsaJsonWebKey key, String issuer, String subject, long expiresInSeconds, String group)
            throws Exception {
        return sign(claims(issuer, subject, group, expiresInSeconds), key.getPrivateKey(),
                AlgorithmIdentifiers.RSA_USING_SHA256, key.getKeyId());
    }
}
