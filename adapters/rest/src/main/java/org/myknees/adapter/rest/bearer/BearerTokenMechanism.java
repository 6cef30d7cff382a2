package org.myknees.adapter.rest.bearer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.security.auth.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myknees.adapter.rest.problem.ServletProblems;

/**
 * Authenticates requests by their {@code Authorization: Bearer} access token (RFC 6750) with the
 * {@link AccessTokenVerifier}. A request without a token stays anonymous until a protected resource asks for a
 * caller; a token that is present but not accepted is answered 401 whatever the resource. Stateless: no session
 * or cookie is created.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final String SCHEME = "Bearer ";
    /** Liberty's name for a subject's key in its authentication cache (AttributeNameConstants). */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";
    private static final String CACHE_KEY_PREFIX = "myknees-bearer:";

    private final AccessTokenVerifier verifier;

    @Inject
    public BearerTokenMechanism(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    /** For the container's client proxy; never called with intent. */
    protected BearerTokenMechanism() {
        this(null);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            if (context.isProtected() || context.isAuthenticationRequest()) {
                return unauthorized(request, response, null,
                        "A valid access token is required (Authorization: Bearer ...)");
            }
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return unauthorized(request, response, "invalid_request",
                    "The Authorization header must carry a Bearer token");
        }
        try {
            Caller caller = verifier.verify(header.substring(SCHEME.length()).strip());
            AuthenticationStatus status = context.notifyContainerAboutLogin(new CallerPrincipal(caller.user()),
                    caller.groups());
            nameSubject(context.getClientSubject(), caller);
            return status;
        } catch (TokenRejectedException e) {
            LOG.log(Level.FINE, "Access token rejected: {0}", e.getMessage());
            return unauthorized(request, response, "invalid_token",
                    "The access token is not accepted (expired, forged or from an unknown issuer)");
        }
    }

    /**
     * Gives the container's subject of this caller a cache key made of what the subject holds (user and groups), so
     * that Liberty's authentication cache finds the subject of an earlier request instead of logging the caller in
     * again (a JAAS login per request). The token is verified on every request before this, so expiry and forgery
     * are still refused; a change of roles comes with a new token and so a new key. Without Liberty's credential
     * table in the subject this does nothing and every request logs in.
     */
    @SuppressWarnings("unchecked")
    private static void nameSubject(Subject subject, Caller caller) {
        if (subject == null) {
            return;
        }
        String key = CACHE_KEY_PREFIX + caller.user() + ":" + String.join(",", new TreeSet<>(caller.groups()));
        for (Set<Object> credentials : List.of(subject.getPrivateCredentials(), subject.getPublicCredentials())) {
            for (Object credential : credentials) {
                if (credential instanceof Hashtable<?, ?> table) {
                    ((Hashtable<Object, Object>) table).put(LIBERTY_CACHE_KEY, key);
                }
            }
        }
    }

    /** Answers 401 with the Bearer challenge and a problem document, and tells the container it is sent. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String error, String detail) {
        response.setHeader("WWW-Authenticate", error == null ? "Bearer realm=\"myknees\""
                : "Bearer realm=\"myknees\", error=\"" + error + "\"");
        try {
            ServletProblems.unauthenticated(response, detail, request.getRequestURI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
