package org.myknees.adapter.rest.rule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.rule.RuleJson.AppliedResponse;
import org.myknees.adapter.rest.rule.RuleJson.ChangeResponse;
import org.myknees.adapter.rest.rule.RuleJson.PreviewResponse;
import org.myknees.adapter.rest.rule.RuleJson.RuleRequest;
import org.myknees.adapter.rest.rule.RuleJson.RuleResponse;
import org.myknees.application.categorization.port.in.ApplyRulesUseCase;
import org.myknees.application.categorization.port.in.ApplyRulesUseCase.AppliedRules;
import org.myknees.application.categorization.port.in.InvalidRuleDraftException;
import org.myknees.application.categorization.port.in.ManageRulesUseCase;
import org.myknees.application.categorization.port.in.RuleCommands.CreateRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.DeleteRuleCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ImportRulesCommand;
import org.myknees.application.categorization.port.in.RuleCommands.ReplaceRuleCommand;
import org.myknees.application.categorization.port.in.RulePreviewResult;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.domain.rule.InvalidRuleException;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RulesCsvException;

/**
 * A household's categorization rules: read by every member, changed by owners and editors. Replacing or deleting
 * with {@code If-Match} (the version, also in the ETag) turns a concurrent change by someone else into 409.
 */
@Path("households/{householdId}/rules")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rules")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class RuleResource {

    private static final int DEFAULT_PREVIEW_LIMIT = 200;

    private static final String EXAMPLE = """
            {"name": "Coffee, not beans", "stage": "default", "match": "all",
             "conditions": [
               {"any": [{"field": "rawDescriptor", "operator": "contains", "value": "starbucks"},
                        {"field": "merchant", "operator": "oneOf", "values": ["Blue Bottle", "Peet's"]}]},
               {"not": {"field": "rawDescriptor", "operator": "contains", "value": "beans"}},
               {"field": "amount", "operator": "between", "values": ["-20.00", "-1.00"], "currency": "USD"}],
             "actions": [{"type": "setCategory", "value": "FOOD_AND_DRINK_COFFEE"},
                         {"type": "addTag", "value": "coffee"}]}""";

    private final ManageRulesUseCase manage;
    private final ApplyRulesUseCase apply;

    @Inject
    public RuleResource(ManageRulesUseCase manage, ApplyRulesUseCase apply) {
        this.manage = manage;
        this.apply = apply;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public RuleResource() {
        this(null, null);
    }

    @GET
    @Operation(operationId = "listRules",
            summary = "The household's rules in the order they run (stage, then position)",
            description = "Any member may read them. Within a stage the first matching rule wins unless it says "
                    + "otherwise; a rule may stop processing of later stages.")
    @APIResponse(responseCode = "200", description = "The rules",
            content = @Content(schema = @Schema(implementation = RuleResponse.class, type = SchemaType.ARRAY)))
    public List<RuleResponse> list(@PathParam("householdId") String householdId, @Context SecurityContext security) {
        return manage.listRules(Actor.of(security), PathIds.household(householdId)).stream()
                .map(RuleMapping::response).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRule",
            summary = "Create a rule (owners and editors)",
            description = "Conditions form a tree: the top-level list is joined by match (all or any), and a "
                    + "condition may itself be a group (all, any, not). A fault is reported with its field path, "
                    + "such as conditions[1].operator.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RuleRequest.class),
            examples = @ExampleObject(name = "coffee", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The new rule",
            headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@PathParam("householdId") String householdId, RuleRequest body,
                           @Context SecurityContext security, @Context UriInfo uri) {
        CreateRuleCommand command = new CreateRuleCommand(Actor.of(security), PathIds.household(householdId),
                RuleMapping.draft(body));
        StoredRule created = validated(() -> manage.createRule(command));
        return Response.created(uri.getAbsolutePathBuilder().path(created.rule().id().toString()).build())
                .tag(etag(created)).entity(RuleMapping.response(created)).build();
    }

    @GET
    @Path("{ruleId}")
    @Operation(operationId = "getRule", summary = "One rule",
            description = "Its conditions, actions, stage and position; the ETag carries its version for If-Match.")
    @APIResponse(responseCode = "200", description = "The rule",
            headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    public Response get(@PathParam("householdId") String householdId, @PathParam("ruleId") String ruleId,
                        @Context SecurityContext security) {
        return ok(manage.getRule(Actor.of(security), PathIds.household(householdId), rule(ruleId)));
    }

    @PUT
    @Path("{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRule",
            summary = "Replace a rule whole, including its stage and position (owners and editors)",
            description = "Moving a rule is replacing it with another position. With If-Match, the replacement is "
                    + "refused with 409 when the rule changed since that version.")
    @APIResponse(responseCode = "200", description = "The rule as replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@PathParam("householdId") String householdId, @PathParam("ruleId") String ruleId,
                            @Parameter(description = "The version last seen (ETag)") @HeaderParam("If-Match")
                            String ifMatch, RuleRequest body, @Context SecurityContext security) {
        ReplaceRuleCommand command = new ReplaceRuleCommand(Actor.of(security), PathIds.household(householdId),
                rule(ruleId), RuleMapping.draft(body), version(ifMatch));
        return ok(validated(() -> manage.replaceRule(command)));
    }

    @DELETE
    @Path("{ruleId}")
    @Operation(operationId = "deleteRule",
            summary = "Delete a rule (owners and editors)",
            description = "With If-Match, the deletion is refused with 409 when the rule changed since that version.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@PathParam("householdId") String householdId, @PathParam("ruleId") String ruleId,
                           @Parameter(description = "The version last seen (ETag)") @HeaderParam("If-Match")
                           String ifMatch, @Context SecurityContext security) {
        manage.deleteRule(new DeleteRuleCommand(Actor.of(security), PathIds.household(householdId), rule(ruleId),
                version(ifMatch)));
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importRules",
            summary = "Replace every rule with those of a rules file (owners and editors)",
            description = "The file has the header match,pattern,category[,tier]; match is contains, regex, equals, "
                    + "startswith or endswith; every rule tests the raw descriptor ignoring case; the first match in "
                    + "file order wins. category is a taxonomy code or the name of a household category. A fault "
                    + "names its line and column.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two rules", value = "match,pattern,category\n"
                    + "contains,STARBUCKS,FOOD_AND_DRINK_COFFEE\nregex,^SHELL [0-9]+,TRANSPORTATION_GAS\n")))
    @APIResponse(responseCode = "200", description = "The imported rules in the order they run",
            content = @Content(schema = @Schema(implementation = RuleResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public List<RuleResponse> importRules(@PathParam("householdId") String householdId, String csv,
                                          @Context SecurityContext security) {
        ImportRulesCommand command = new ImportRulesCommand(Actor.of(security), PathIds.household(householdId),
                "rules file", InvalidRequestException.require(csv, "body"));
        try {
            return manage.importRules(command).stream().map(RuleMapping::response).toList();
        } catch (RulesCsvException e) {
            throw new InvalidRequestException("line " + e.line() + e.field().map(f -> "." + f).orElse(""),
                    e.getMessage());
        }
    }

    @POST
    @Path("preview")
    @Operation(operationId = "previewRules",
            summary = "What applying the rules now would change; nothing is written",
            description = "Lists every field the rules would change on past transactions (category, merchant, "
                    + "tags, one-time event, notes), from what to what and by which rule. What a person set is "
                    + "spared and so never listed: a pinned category, notes or a one-time event already there; "
                    + "tags are only added. Marking as a transfer is not applied to history.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = PreviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public PreviewResponse preview(@PathParam("householdId") String householdId,
                                   @Parameter(description = "Most changes to list (0 to 1000)",
                                           schema = @Schema(type = SchemaType.INTEGER, defaultValue = "200",
                                                   minimum = "0", maximum = "1000"))
                                   @QueryParam("limit") String limit,
                                   @Context SecurityContext security) {
        int max = limit == null ? DEFAULT_PREVIEW_LIMIT
                : InvalidRequestException.parse(limit, "limit", RuleResource::limit);
        RulePreviewResult preview = apply.previewRules(Actor.of(security), PathIds.household(householdId), max);
        return new PreviewResponse(preview.examined(), preview.total(), preview.truncated(), preview.changes().stream()
                .map(c -> new ChangeResponse(c.transaction().toString(), c.bookingDate().toString(), c.descriptor(),
                        MoneyJson.of(c.amount()), c.field().name().toLowerCase(Locale.ROOT), c.before().orElse(null),
                        c.after(), c.rule().toString(), c.ruleName()))
                .toList());
    }

    @POST
    @Path("apply")
    @Operation(operationId = "applyRules",
            summary = "Apply the rules to every transaction of the household (owners and editors)",
            description = "Makes exactly the changes the preview shows; pinned categories stay.")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(schema = @Schema(implementation = AppliedResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public AppliedResponse applyRules(@PathParam("householdId") String householdId,
                                      @Context SecurityContext security) {
        AppliedRules applied = apply.applyRules(Actor.of(security), PathIds.household(householdId));
        return new AppliedResponse(applied.examined(), applied.changed(), applied.pinned());
    }

    /** Faults the application finds in a rule, reported against the request's field path. */
    private static StoredRule validated(Supplier<StoredRule> change) {
        try {
            return change.get();
        } catch (InvalidRuleDraftException e) {
            throw new InvalidRequestException(e.field(), e.getMessage().substring(e.field().length()).strip());
        } catch (InvalidRuleException e) {
            throw new InvalidRequestException("body", e.reason());
        }
    }

    private static int limit(String text) {
        int value = Integer.parseInt(text);
        if (value < 0 || value > 1000) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    private static Response ok(StoredRule rule) {
        return Response.ok(RuleMapping.response(rule)).tag(etag(rule)).build();
    }

    private static EntityTag etag(StoredRule rule) {
        return new EntityTag(Long.toString(rule.version()));
    }

    /** The version in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}); empty without the header. */
    private static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return OptionalLong.of(InvalidRequestException.parse(tag.replace("\"", ""), "If-Match", Long::parseLong));
    }

    private static RuleId rule(String id) {
        return PathIds.parse(id, "rule", RuleId::of);
    }
}
