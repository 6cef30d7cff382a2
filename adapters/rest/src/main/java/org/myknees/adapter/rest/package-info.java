/**
 * The HTTP adapter: JAX-RS resources under {@code /api/v1} that translate requests into use-case commands and
 * results into response records, one sub-package per resource. Only the server module (bootstrap) uses it.
 */
package org.myknees.adapter.rest;
