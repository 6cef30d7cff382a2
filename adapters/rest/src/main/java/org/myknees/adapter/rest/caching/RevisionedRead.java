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
}
