package org.myknees.adapter.rest.bearer;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who a verified access token speaks for.
 *
 * @param user      the local user's id (for an external identity: the local user it is linked to)
 * @param groups    the roles the caller holds here
 * @param expiresAt when the token stops being accepted
 */
record Caller(String user, Set<String> groups, Instant expiresAt) {

    Caller {
        Objects.requireNonNull(user, "user");
        groups = Set.copyOf(groups);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
