package org.myknees.adapter.rest.bearer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.myknees.application.user.port.out.EmailTakenException;
import org.myknees.domain.user.EmailAddress;

/**
 * One issuer whose access tokens are accepted: how its tokens are verified (signature algorithms, keys, issuer,
 * audience, expiry with at most {@value #CLOCK_SKEW_SECONDS} s of clock skew) and how a verified token becomes a
 * {@link Caller}.
 */
public final class TrustedIssuer {

    /** Clocks of issuers and of this server may differ by this much; the issue allows at most 30 s. */
    public static final int CLOCK_SKEW_SECONDS = 30;
    /** After a refresh of an external key set, an unknown key id does not fetch it again for this long. */
    static final long JWKS_REFRESH_PAUSE_MILLIS = 10_000;
    /** How long fetched external keys are trusted without a refresh when the response names no cache time. */
    static final long JWKS_CACHE_SECONDS = 3_600;

    /**
     * An external OpenID Connect issuer whose access tokens are accepted ({@code myknees.auth.oidc.*}).
     *
     * @param issuer   the exact {@code iss} its tokens carry
     * @param jwksUrl  where its public keys are published (https; plain http only on this machine, for tests)
     * @param audience the {@code aud} its tokens must name; when empty the audience is not checked
     */
    public record ExternalSettings(String issuer, URI jwksUrl, Optional<String> audience) {

        private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

        public ExternalSettings {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(jwksUrl, "jwksUrl");
            Objects.requireNonNull(audience, "audience");
            if (issuer.isBlank()) {
                throw new IllegalArgumentException("myknees.auth.oidc.issuer is blank");
            }
            boolean https = "https".equalsIgnoreCase(jwksUrl.getScheme());
            boolean loopbackHttp = "http".equalsIgnoreCase(jwksUrl.getScheme()) && jwksUrl.getHost() != null
                    && LOOPBACK.contains(jwksUrl.getHost());
            // Keys fetched over plain http from another machine could be swapped on the way.
            if (!https && !loopbackHttp) {
                throw new IllegalArgumentException("myknees.auth.oidc.jwks-url must be an https URL (plain http only "
                        + "for localhost), not '" + jwksUrl + "'");
            }
            audience = audience.filter(a -> !a.isBlank());
        }

        /**
         * The settings when both the issuer and the JWKS URL are configured; empty when neither is.
         *
         * @throws IllegalArgumentException when only one of them is configured, or the URL is not acceptable
         */
        public static Optional<ExternalSettings> of(Optional<String> issuer, Optional<String> jwksUrl,
                                                          Optional<String> audience) {
            Optional<String> iss = issuer.filter(s -> !s.isBlank());
            Optional<String> url = jwksUrl.filter(s -> !s.isBlank());
            if (iss.isEmpty() && url.isEmpty()) {
                return Optional.empty();
            }
            if (iss.isEmpty() || url.isEmpty()) {
                throw new IllegalArgumentException("Set both myknees.auth.oidc.issuer and myknees.auth.oidc.jwks-url "
                        + "to accept an external issuer's tokens, or neither");
            }
            return Optional.of(new ExternalSettings(iss.get(), URI.create(url.get().strip()), audience));
        }
    }

    /** Links an external identity to a local user (created on first sight). */
    @FunctionalInterface
    public interface ExternalUsers {
        /**
         * @return the local user's id and roles
         * @throws EmailTakenException when the address belongs to a user who signs in with a password
         */
        LocalUser link(String issuer, String subject, EmailAddress email);
    }

    /** A local user as the caller of a request: its id and roles. */
    public record LocalUser(String id, Set<String> roles) {
    }

    @FunctionalInterface
    private interface CallerMapping {
        Caller map(JwtClaims claims, Instant expiresAt) throws MalformedClaimException;
    }

    private final String issuer;
    private final JwtConsumer consumer;
    private final CallerMapping mapping;

    private TrustedIssuer(String issuer, JwtConsumer consumer, CallerMapping mapping) {
        this.issuer = issuer;
        this.consumer = consumer;
        this.mapping = mapping;
    }

    /**
     * Our own tokens: RS256 with our key, our issuer and audience; the subject is the user's id and the
     * {@code groups} claim the roles.
     */
    public static TrustedIssuer own(String issuer, String audience, PublicKey key) {
        JwtConsumer consumer = verifying(issuer, Optional.of(audience))
                .setVerificationKey(Objects.requireNonNull(key, "key"))
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256))
                .build();
        return new TrustedIssuer(issuer, consumer, (claims, expiresAt) -> {
            Set<String> groups = claims.hasClaim("groups")
                    ? new HashSet<>(claims.getStringListClaimValue("groups")) : Set.of();
            return new Caller(claims.getSubject(), groups, expiresAt);
        });
    }

    /**
     * An external OpenID Connect issuer: RS256 or ES256 with a key of its JWKS (fetched on first use, cached,
     * fetched again when a token names an unknown key id); its subject is linked to a local user, whose own roles
     * apply (the issuer's {@code groups} grant nothing here).
     */
    public static TrustedIssuer external(ExternalSettings settings, ExternalUsers users) {
        return external(settings, users, JWKS_REFRESH_PAUSE_MILLIS);
    }

    static TrustedIssuer external(ExternalSettings settings, ExternalUsers users, long refreshPauseMillis) {
        Objects.requireNonNull(users, "users");
        HttpsJwks jwks = new HttpsJwks(settings.jwksUrl().toString());
        jwks.setDefaultCacheDuration(JWKS_CACHE_SECONDS);
        jwks.setRefreshReprieveThreshold(refreshPauseMillis);
        JwtConsumer consumer = verifying(settings.issuer(), settings.audience())
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256))
                .build();
        String issuer = settings.issuer();
        return new TrustedIssuer(issuer, consumer, (claims, expiresAt) -> {
            String subject = claims.getSubject();
            EmailAddress email = emailOf(claims).orElseGet(() -> placeholderEmail(issuer, subject));
            try {
                LocalUser user = users.link(issuer, subject, email);
                return new Caller(user.id(), user.roles(), expiresAt);
            } catch (EmailTakenException e) {
                throw new TokenRejectedException("The external identity's address " + email
                        + " belongs to a user who signs in with a password");
            }
        });
    }

    public String issuer() {
        return issuer;
    }

    /**
     * Verifies a token already parsed (without checks) whose {@code iss} names this issuer.
     *
     * @throws TokenRejectedException when the signature, algorithm, key, issuer, audience or times are not right
     */
    Caller verify(JwtContext parsed) {
        try {
            consumer.processContext(parsed);
            JwtClaims claims = parsed.getJwtClaims();
            Instant expiresAt = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
            return mapping.map(claims, expiresAt);
        } catch (InvalidJwtException e) {
            throw new TokenRejectedException("Token of " + issuer + " not accepted: " + e.getMessage(), e);
        } catch (MalformedClaimException e) {
            throw new TokenRejectedException("Token of " + issuer + " has a malformed claim: " + e.getMessage(), e);
        }
    }

    private static JwtConsumerBuilder verifying(String issuer, Optional<String> audience) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setExpectedIssuer(issuer);
        return audience.map(builder::setExpectedAudience).orElseGet(builder::setSkipDefaultAudienceValidation);
    }

    private static Optional<EmailAddress> emailOf(JwtClaims claims) throws MalformedClaimException {
        String email = claims.getStringClaimValue("email");
        if (email == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EmailAddress(email));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Tokens without an address still need one for the local user: a stable one under the reserved
     * {@code .invalid} domain, which no mail server answers and no person can sign up with.
     */
    private static EmailAddress placeholderEmail(String issuer, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + " " + subject).getBytes(StandardCharsets.UTF_8));
            return new EmailAddress("external-" + HexFormat.of().formatHex(digest, 0, 12) + "@oidc.invalid");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
