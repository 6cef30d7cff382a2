/**
 * Users and sessions over HTTP: sign-up, login, refresh, logout, the caller's profile, our signing keys as a
 * JWKS, plus the Argon2id password hasher and the RS256 access-token issuer this adapter provides.
 */
package org.myknees.adapter.rest.user;
