/**
 * Idempotent POSTs: a request carrying an {@code Idempotency-Key} is answered once; a retry gets the stored
 * response. The store is a port of this adapter, with an in-memory implementation.
 */
package org.myknees.adapter.rest.idempotency;
