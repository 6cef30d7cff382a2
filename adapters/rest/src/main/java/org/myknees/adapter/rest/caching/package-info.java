/**
 * Validators and a cache of serialized responses for reads of a household's data, keyed by the household's data
 * revision (ADR 0008). Resources opt in with {@link org.myknees.adapter.rest.caching.RevisionedRead}; the
 * server's wiring produces the {@link org.myknees.adapter.rest.caching.ResponseCache}.
 */
package org.myknees.adapter.rest.caching;
