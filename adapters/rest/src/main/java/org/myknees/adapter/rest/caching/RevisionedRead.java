package org.myknees.adapter.rest.caching;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET of a path under {@code households/{householdId}} whose answer depends only on the household's data,
 * the request URI and the date: it gets a strong {@code ETag}, answers {@code If-None-Match} with 304 and is served
 * from the {@link ResponseCache} while the household's data revision stays the same.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RevisionedRead {

    /** The OpenAPI description of the {@code ETag} header of such a read. */
    String ETAG = "Strong validator of this answer; it changes when the household's data or the answer changes. "
            + "Send it as If-None-Match to get 304 without a body while it still holds.";

    /** The OpenAPI description of the {@code Cache-Control} header of such a read. */
    String CACHE_CONTROL = "private, no-cache: may be kept by the client, revalidated with If-None-Match before reuse";

    /** The OpenAPI description of the {@code If-None-Match} header of such a read. */
    String IF_NONE_MATCH = "The ETag of an answer already held: 304 Not Modified, without a body, while it is current";

    /** The OpenAPI description of a 304 answer of such a read. */
    String NOT_MODIFIED = "Not modified: the answer held by the client (If-None-Match) is current";
}
