package org.myknees.adapter.rest.bearer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies access tokens of the trusted issuers, chosen by the token's {@code iss}. A verified token is
 * remembered by its SHA-256 until it expires, so that a client sending the same token again costs a hash, not a
 * signature check (and, for external identities, not a user look-up). Thread-safe.
 */
public final class AccessTokenVerifier {

    /** Remembered tokens at most; beyond it the expired ones go, then all (each is verified again once). */
    static final int MAX_REMEMBERED = 10_000;

    // Reads the claims without any check, only to pick the issuer whose rules then verify the token.
    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder()
            .setSkipAllValidators()
            .setDisableRequireSignature()
            .setSkipSignatureVerification()
            .build();

    private final Map<String, TrustedIssuer> issuers;
    private final Clock clock;
    private final Map<String, Caller> verified = new ConcurrentHashMap<>();

    public AccessTokenVerifier(Collection<TrustedIssuer> issuers, Clock clock) {
        this.issuers = issuers.stream().collect(Collectors.toUnmodifiableMap(TrustedIssuer::issuer,
                Function.identity()));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The caller of a valid token.
     *
     * @throws TokenRejectedException when the token is malformed, from an issuer not trusted here, or not valid
     *                                under its issuer's rules
     */
    Caller verify(String token) {
        String key = sha256(token);
        Caller known = verified.get(key);
        if (known != null) {
            if (clock.instant().isBefore(known.expiresAt())) {
                return known;
            }
            verified.remove(key);
        }
        JwtContext parsed = parse(token);
        Caller caller = issuerOf(parsed).verify(parsed);
        remember(key, caller);
        return caller;
    }

    private TrustedIssuer issuerOf(JwtContext parsed) {
        String issuer;
        try {
            issuer = parsed.getJwtClaims().getIssuer();
        } catch (MalformedClaimException e) {
            throw new TokenRejectedException("The token's issuer is not a string", e);
        }
        TrustedIssuer trusted = issuer == null ? null : issuers.get(issuer);
        if (trusted == null) {
            throw new TokenRejectedException("Tokens of issuer '" + issuer + "' are not accepted here");
        }
        return trusted;
    }

    private static JwtContext parse(String token) {
        try {
            return UNVERIFIED.process(token);
        } catch (InvalidJwtException e) {
            throw new TokenRejectedException("Not a JSON Web Token: " + e.getMessage(), e);
        }
    }

    private void remember(String key, Caller caller) {
        if (!clock.instant().isBefore(caller.expiresAt())) {
            return;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(c -> !clock.instant().isBefore(c.expiresAt()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key, caller);
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
