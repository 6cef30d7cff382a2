/**
 * Bearer access tokens: verifies our own tokens and, when configured, those of one external OpenID Connect
 * issuer, caches verified tokens until they expire, and authenticates requests with them (a Jakarta Security
 * mechanism). Used by the server's wiring in bootstrap; resources only see the caller it establishes.
 */
package org.myknees.adapter.rest.bearer;
