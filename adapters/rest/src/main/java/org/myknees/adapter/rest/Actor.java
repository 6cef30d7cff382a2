package org.myknees.adapter.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.myknees.domain.household.UserId;

/** Who is calling: the user named by the subject of the verified access token. */
public final class Actor {

    private Actor() {
    }

    public static UserId of(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                return UserId.of(token.getSubject());
            } catch (IllegalArgumentException e) {
                throw new NotAuthorizedException("The token's subject is not a user of this service", "Bearer");
            }
        }
        throw new NotAuthorizedException("An access token is required", "Bearer");
    }
}
