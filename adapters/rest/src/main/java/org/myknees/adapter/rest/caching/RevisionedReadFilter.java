package org.myknees.adapter.rest.caching;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.PathIds;
import org.myknees.application.household.port.in.DataRevisionQuery;
import org.myknees.domain.household.HouseholdId;

/**
 * Gives {@link RevisionedRead} GETs their validator and serves them from the {@link ResponseCache}.
 *
 * <p>Before anything else the caller's access to the household is checked ({@link DataRevisionQuery} answers
 * the revision only to a member), so a cached answer never reaches anyone the resource itself would refuse. The
 * entity tag is {@code "<revision>-<first 16 hex digits of the SHA-256 of the body>"}: equal tags mean equal bytes.
 * A response is the same bytes and headers whether it came from the cache or not.
 */
@Provider
@ApplicationScoped
@RevisionedRead
@Priority(Priorities.USER)
public class RevisionedReadFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Sent with every revisioned read: clients and proxies may keep it but must revalidate before reuse. */
    public static final String CACHE_CONTROL = "private, no-cache";
    private static final String KEY = RevisionedReadFilter.class.getName() + ".key";
    private static final String SERVED = RevisionedReadFilter.class.getName() + ".served";
    private static final int TAG_HEX_DIGITS = 16;

    private final DataRevisionQuery revisions;
    private final ResponseCache cache;

    @Context
    private Providers providers;

    @Inject
    public RevisionedReadFilter(DataRevisionQuery revisions, ResponseCache cache) {
        this.revisions = revisions;
        this.cache = cache;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public RevisionedReadFilter() {
        this(null, null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        HouseholdId household = PathIds.household(
                request.getUriInfo().getPathParameters().getFirst("householdId"));
        long revision = revisions.currentRevision(Actor.of(request.getSecurityContext()), household);
        URI uri = request.getUriInfo().getRequestUri();
        String pathAndQuery = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + '?' + uri.getRawQuery();
        ResponseCache.Key key = new ResponseCache.Key(household, revision, pathAndQuery,
                LocalDate.now(ZoneOffset.UTC));
        request.setProperty(KEY, key);
        Optional<ResponseCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            request.setProperty(SERVED, Boolean.TRUE);
            ResponseCache.Entry entry = hit.get();
            Response.ResponseBuilder answer = notModified(request, entry.etag())
                    ? Response.notModified()
                    : Response.ok(entry.body(), entry.mediaType());
            request.abortWith(answer.header(HttpHeaders.ETAG, entry.etag())
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        ResponseCache.Key key = (ResponseCache.Key) request.getProperty(KEY);
        if (key == null || request.getProperty(SERVED) != null
                || response.getStatus() != Response.Status.OK.getStatusCode() || !response.hasEntity()) {
            return;
        }
        MediaType type = response.getMediaType();
        byte[] body = serialize(response, type);
        String etag = '"' + Long.toString(key.revision()) + '-' + digest(body) + '"';
        if (cache.enabled()) {
            cache.put(key, new ResponseCache.Entry(body, type.toString(), etag));
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (notModified(request, etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialize(ContainerResponseContext response, MediaType type) throws IOException {
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), type);
        if (writer == null) {
            throw new IllegalStateException("No writer for " + response.getEntityType() + " as " + type);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writer.writeTo(response.getEntity(), response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), type, response.getHeaders(), out);
        return out.toByteArray();
    }

    /**
     * Whether {@code If-None-Match} names the tag: a list of tags or {@code *}, compared weakly as RFC 9110 asks
     * for this header (a {@code W/} prefix is ignored).
     */
    static boolean notModified(ContainerRequestContext request, String etag) {
        String header = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, TAG_HEX_DIGITS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
