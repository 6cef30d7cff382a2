/**
 * RFC 9457 problem details: every failure of the API becomes an {@code application/problem+json} document
 * with a stable {@code type} URI. Used by every resource of the REST adapter.
 */
package org.myknees.adapter.rest.problem;
