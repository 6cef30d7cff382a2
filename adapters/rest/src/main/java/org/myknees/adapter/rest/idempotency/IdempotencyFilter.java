package org.myknees.adapter.rest.idempotency;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.myknees.adapter.rest.guard.StrictJson;
import org.myknees.adapter.rest.idempotency.IdempotencyStore.Claim;
import org.myknees.adapter.rest.idempotency.IdempotencyStore.StoredResponse;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.problem.ProblemException;
import org.myknees.adapter.rest.problem.ProblemType;

/**
 * Makes authenticated POSTs with an {@code Idempotency-Key} header safe to retry: the first request is processed
 * and its response kept; a retry with the same path, query and body gets that response again (marked
 * {@code Idempotent-Replay: true}); the same key with another path, query or body is answered 422 and a retry while
 * the first is still running 409. Keys are scoped to the caller, so two users never see each other's responses.
 * Server errors are not kept.
 */
@Provider
@ApplicationScoped
@Priority(2000)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final int MAX_KEY = 255;

    private final IdempotencyStore store;

    @Inject
    public IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public IdempotencyFilter() {
        this(null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (key == null || caller == null || !"POST".equals(request.getMethod())) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new InvalidRequestException(HEADER, "must have 1 to " + MAX_KEY + " characters");
        }
        byte[] body = readBody(request);
        String scope = caller.getName();
        Claim claim = store.claim(scope, key, fingerprint(request, body));
        if (claim instanceof Claim.Replay replay) {
            request.abortWith(replayOf(replay.response()));
        } else if (claim instanceof Claim.Mismatch) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This " + HEADER + " was used for a request with another body, path or query");
        } else if (claim instanceof Claim.InProgress) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    "A request with this " + HEADER + " is still being processed; retry later");
        } else {
            request.setProperty(CLAIMED, new String[] {scope, key});
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claimed[0], claimed[1]);
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : new String[] {HttpHeaders.LOCATION, HttpHeaders.ETAG}) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String body = response.hasEntity() ? StrictJson.jsonb().toJson(response.getEntity()) : "";
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        store.complete(claimed[0], claimed[1], new StoredResponse(response.getStatus(), type, headers, body));
    }

    private static Response replayOf(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header("Idempotent-Replay", "true");
        stored.headers().forEach(builder::header);
        if (!stored.body().isEmpty()) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        return builder.build();
    }

    private static byte[] readBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        return fingerprint(request.getUriInfo().getPath(), canonicalQuery(request.getUriInfo().getQueryParameters()),
                request.getMediaType(), body);
    }

    /**
     * What makes two requests the same: path, query and body. The query comes canonical (see
     * {@link #canonicalQuery}), so {@code ?force=true} and {@code ?force=false} differ while the order in which a
     * client writes its parameters does not. The boundary of a multipart body is left out, because HTTP clients draw
     * a new random one for every attempt, also when they retry the same upload.
     */
    static String fingerprint(String path, String canonicalQuery, MediaType type, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(canonicalQuery.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            String boundary = type == null || !"multipart".equalsIgnoreCase(type.getType()) ? null
                    : type.getParameters().get("boundary");
            sha.update(boundary == null || boundary.isEmpty() ? body
                    : withoutBoundary(body, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The decoded query parameters sorted by name, each name's values in the order given, every name and value
     * percent-encoded again so that no value can imitate a separator: {@code b=2&a=1} becomes {@code a=1&b=2}.
     */
    static String canonicalQuery(Map<String, List<String>> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(parameters).entrySet()) {
            String name = URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8);
            for (String value : parameter.getValue()) {
                query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** The body with every occurrence of the delimiter replaced by one fixed marker. */
    private static byte[] withoutBoundary(byte[] body, byte[] delimiter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        while (i < body.length) {
            if (body[i] == delimiter[0] && startsWith(body, i, delimiter)) {
                out.write('-');
                out.write('-');
                out.write(0);
                i += delimiter.length;
            } else {
                out.write(body[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] body, int from, byte[] prefix) {
        if (body.length - from < prefix.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (body[from + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}
