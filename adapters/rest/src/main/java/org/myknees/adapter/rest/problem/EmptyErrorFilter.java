package org.myknees.adapter.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a body to the 401 and 403 answers that reach JAX-RS without one. The server's own check of
 * {@code @RolesAllowed} aborts a request with a bare 401 when the access token is missing, malformed, forged or
 * expired; aborted requests skip the exception mappers but still pass the response filters, so this is where
 * they become the documented problem documents. The server's {@code WWW-Authenticate: Bearer} challenge is kept.
 */
@Provider
public class EmptyErrorFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.hasEntity()) {
            return;
        }
        ProblemType type = switch (response.getStatus()) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            default -> null;
        };
        if (type == null) {
            return;
        }
        String detail = type == ProblemType.UNAUTHENTICATED
                ? "A valid access token is required (Authorization: Bearer ...)"
                : "Not allowed for the caller's role";
        response.setEntity(ProblemResponse.of(type, detail, request.getUriInfo().getRequestUri().getRawPath()),
                null, MediaType.valueOf(ProblemMapper.PROBLEM_JSON));
    }
}
