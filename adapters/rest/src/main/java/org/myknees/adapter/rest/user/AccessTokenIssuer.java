package org.myknees.adapter.rest.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.myknees.domain.user.PlatformRole;
import org.myknees.domain.user.User;

/**
 * Issues short-lived RS256 access tokens in the MicroProfile JWT shape: {@code sub} and {@code upn} are the
 * user's id, {@code groups} the platform roles, {@code aud} the audience the server checks.
 */
public final class AccessTokenIssuer {

    /** The audience of our own tokens. */
    public static final String AUDIENCE = "myknees";

    private final SigningKey key;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokenIssuer(SigningKey key, String issuer, Duration lifetime, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signed token and when it expires. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(User user) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(user.id().toString());
        claims.setClaim("upn", user.id().toString());
        claims.setClaim("email", user.email().value());
        claims.setStringListClaim("groups", user.roles().stream().map(PlatformRole::claim).sorted().toList());
        claims.setIssuedAt(NumericDate.fromMilliseconds(now.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expires.toEpochMilli()));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.key().getPrivateKey());
        jws.setKeyIdHeaderValue(key.key().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), expires);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    public Duration lifetime() {
        return lifetime;
    }
}
