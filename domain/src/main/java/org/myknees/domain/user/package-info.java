/**
 * People who can sign in: their e-mail address, password hash and platform roles. Any module may use it; how a
 * password is hashed is decided outside the domain.
 */
package org.myknees.domain.user;
