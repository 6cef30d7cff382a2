package org.myknees.adapter.rest.guard;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code myknees.api.max-body-bytes} with 413: at once when the declared length is
 * too large, and while reading when a body without a length (chunked) grows past the limit. File uploads
 * ({@code multipart/form-data}, which only the import resource accepts) have their own, larger limit,
 * {@code myknees.imports.max-upload-size} in bytes, since bank statements run to megabytes.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(100)
public class BodyLimitFilter implements ContainerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;

    @Inject
    public BodyLimitFilter(@ConfigProperty(name = "myknees.api.max-body-bytes", defaultValue = "1048576") long maxBytes,
                           @ConfigProperty(name = "myknees.imports.max-upload-size", defaultValue = "26214400")
                           long maxUploadBytes) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public BodyLimitFilter() {
        this(0, 0);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType()) ? maxUploadBytes : maxBytes;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
    }

    static WebApplicationException tooLarge(long maxBytes) {
        return new WebApplicationException("Request bodies are limited to " + maxBytes + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Counts what is read and fails once past the limit. */
    static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }
}
