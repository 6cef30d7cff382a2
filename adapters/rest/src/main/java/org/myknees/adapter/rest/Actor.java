package org.myknees.adapter.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.myknees.domain.household.UserId;

/**
 * Who is calling: the local user the verified access token speaks for (the authentication mechanism names the
 * caller by the user's id, also for tokens of an external issuer).
 */
public final class Actor {

    private Actor() {
    }

    public static UserId of(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal != null && principal.getName() != null) {
            try {
                return UserId.of(principal.getName());
            } catch (IllegalArgumentException e) {
                throw new NotAuthorizedException("The token's subject is not a user of this service", "Bearer");
            }
        }
        throw new NotAuthorizedException("An access token is required", "Bearer");
    }
}
