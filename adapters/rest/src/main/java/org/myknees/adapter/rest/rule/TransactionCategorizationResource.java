package org.myknees.adapter.rest.rule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.rule.RuleJson.CategorizedResponse;
import org.myknees.adapter.rest.rule.RuleJson.SuggestionResponse;
import org.myknees.application.categorization.port.in.CategorizeTransactionUseCase;
import org.myknees.application.categorization.port.in.CategorizeTransactionUseCase.CategorizedTransaction;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.transaction.TransactionId;

/**
 * Categorizing one transaction again with every source. A path of its own (not a method of the transaction
 * resource) because JAX-RS picks the root resource by its path before it looks at methods.
 */
@Path("households/{householdId}/transactions/{transactionId}/categorize")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rules")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class TransactionCategorizationResource {

    private final CategorizeTransactionUseCase categorize;

    @Inject
    public TransactionCategorizationResource(CategorizeTransactionUseCase categorize) {
        this.categorize = categorize;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public TransactionCategorizationResource() {
        this(null);
    }

    @POST
    @Operation(operationId = "categorizeTransaction",
            summary = "Categorize a transaction again (owners and editors)",
            description = "Consults, in order, the household's rules, what it taught by pinning categories (learned "
                    + "at once), built-in merchant knowledge and the local model. A pinned category stays.")
    @APIResponse(responseCode = "200", description = "What decided the category, with suggestions when unsure",
            content = @Content(schema = @Schema(implementation = CategorizedResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public CategorizedResponse categorize(@PathParam("householdId") String householdId,
                                          @PathParam("transactionId") String transactionId,
                                          @Context SecurityContext security) {
        CategorizedTransaction result = categorize.categorize(Actor.of(security), PathIds.household(householdId),
                PathIds.parse(transactionId, "transaction", TransactionId::of));
        CategoryAssignment now = result.transaction().category();
        return new CategorizedResponse(result.transaction().id().toString(),
                now.category().map(CategoryKey::value).orElse(null), now.source().name().toLowerCase(Locale.ROOT),
                now.confidence(), now.decidedBy().orElse(null),
                result.resolution().suggestions().stream().map(s -> new SuggestionResponse(s.category().value(),
                        s.confidence(), s.decidedBy())).toList(),
                result.transaction().version());
    }
}
