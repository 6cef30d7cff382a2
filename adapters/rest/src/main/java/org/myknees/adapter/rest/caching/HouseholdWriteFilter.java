package org.myknees.adapter.rest.caching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.myknees.application.household.port.in.DataRevisionQuery;
import org.myknees.domain.household.HouseholdId;

/**
 * After any request that may change a household's data (every method but GET, HEAD and OPTIONS on a path under
 * {@code households/{householdId}}), makes this server forget the household's remembered revision before the
 * response leaves: the writer's next read sees its write at once, whichever resource made it.
 */
@Provider
@ApplicationScoped
public class HouseholdWriteFilter implements ContainerResponseFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final DataRevisionQuery revisions;

    @Inject
    public HouseholdWriteFilter(DataRevisionQuery revisions) {
        this.revisions = revisions;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public HouseholdWriteFilter() {
        this(null);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String household = request.getUriInfo().getPathParameters().getFirst("householdId");
        if (household == null) {
            return;
        }
        try {
            revisions.forgetRevision(HouseholdId.of(household));
        } catch (IllegalArgumentException malformed) {
            // An id that names no household has nothing remembered.
        }
    }
}
