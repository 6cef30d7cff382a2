package org.myknees.adapter.rest.bearer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An external OpenID Connect issuer whose access tokens are accepted ({@code myknees.auth.oidc.*}).
 *
 * @param issuer   the exact {@code iss} its tokens carry
 * @param jwksUrl  where its public keys are published (https; plain http only on this machine, for tests)
 * @param audience the {@code aud} its tokens must name; when empty the audience is not checked
 */
public record ExternalIssuerSettings(String issuer, URI jwksUrl, Optional<String> audience) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public ExternalIssuerSettings {
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
    public static Optional<ExternalIssuerSettings> of(Optional<String> issuer, Optional<String> jwksUrl,
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
        return Optional.of(new ExternalIssuerSettings(iss.get(), URI.create(url.get().strip()), audience));
    }
}
