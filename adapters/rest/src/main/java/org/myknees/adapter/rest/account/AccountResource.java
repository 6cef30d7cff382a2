package org.myknees.adapter.rest.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MoneyJson;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.account.AccountJson.AccountResponse;
import org.myknees.adapter.rest.account.AccountJson.OpenAccountRequest;
import org.myknees.adapter.rest.account.AccountJson.RenameAccountRequest;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.account.port.in.AccountCommands.ArchiveAccountCommand;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.application.account.port.in.AccountCommands.RenameAccountCommand;
import org.myknees.application.account.port.in.ChangeAccountUseCase;
import org.myknees.application.account.port.in.ListAccountsQuery;
import org.myknees.application.account.port.in.OpenAccountUseCase;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.account.ImportFormat;

/** The accounts of a household. */
@Path("households/{householdId}/accounts")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class AccountResource {

    private final OpenAccountUseCase open;
    private final ChangeAccountUseCase change;
    private final ListAccountsQuery accounts;

    @Inject
    public AccountResource(OpenAccountUseCase open,
            ChangeAccountUseCase change,
            ListAccountsQuery accounts) {
        this.open = open;
        this.change = change;
        this.accounts = accounts;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public AccountResource() {
        this(null, null, null);
    }

    @GET
    @Operation(operationId = "listAccounts",
            summary = "The household's accounts by code",
            description = "Any member may read them. Archived accounts are left out unless includeArchived is true.")
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(schema = @Schema(implementation = AccountResponse.class, type = SchemaType.ARRAY)))
    public List<AccountResponse> list(@PathParam("householdId") String householdId,
                                      @Parameter(description = "Include archived accounts")
                                      @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived,
                                      @Context SecurityContext security) {
        return accounts.listAccounts(Actor.of(security), PathIds.household(householdId), includeArchived).stream()
                .map(AccountResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openAccount",
            summary = "Open an account (owners and editors)",
            description = "The code is unique within the household (409 conflict otherwise).")
    @APIResponse(responseCode = "201", description = "The new account",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response open(@PathParam("householdId") String householdId, OpenAccountRequest body,
                         @Context SecurityContext security, @Context UriInfo uri) {
        InvalidRequestException.require(body, "body");
        OpenAccountCommand command = new OpenAccountCommand(Actor.of(security), PathIds.household(householdId),
                InvalidRequestException.parse(body.code(), "code", AccountCode::new),
                InvalidRequestException.require(body.name(), "name"),
                InvalidRequestException.parse(body.type(), "type",
                        t -> AccountType.valueOf(t.toUpperCase(Locale.ROOT))),
                MoneyJson.require(body.openingBalance(), "openingBalance"),
                InvalidRequestException.require(body.openingDate(), "openingDate"),
                Optional.ofNullable(body.defaultImportFormat()).map(f ->
                        InvalidRequestException.parse(f, "defaultImportFormat", ImportFormat::new)));
        AccountResponse created = AccountResponse.of(open.openAccount(command));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{accountId}")
    @Operation(operationId = "getAccount",
            summary = "One account",
            description = "Any member may read it. An account of another household answers 404, exactly like a "
                    + "missing one.")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public AccountResponse get(@PathParam("householdId") String householdId,
                               @PathParam("accountId") String accountId, @Context SecurityContext security) {
        return AccountResponse.of(accounts.getAccount(Actor.of(security), PathIds.household(householdId),
                account(accountId)));
    }

    @PATCH
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameAccount",
            summary = "Rename an account",
            description = "Owners and editors. Only the display name changes; the code stays.")
    @APIResponse(responseCode = "200", description = "The renamed account",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AccountResponse rename(@PathParam("householdId") String householdId,
                                  @PathParam("accountId") String accountId, RenameAccountRequest body,
                                  @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        return AccountResponse.of(change.renameAccount(new RenameAccountCommand(Actor.of(security),
                PathIds.household(householdId), account(accountId), InvalidRequestException.require(body.name(),
                "name"))));
    }

    @POST
    @Path("{accountId}/archive")
    @Operation(operationId = "archiveAccount",
            summary = "Archive an account: it keeps its history but takes no new transactions",
            description = "Owners and editors. Archived accounts are listed only with includeArchived=true; "
                    + "recording a transaction on one answers 409 rule-violated.")
    @APIResponse(responseCode = "200", description = "The archived account",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AccountResponse archive(@PathParam("householdId") String householdId,
                                   @PathParam("accountId") String accountId, @Context SecurityContext security) {
        return AccountResponse.of(change.archiveAccount(new ArchiveAccountCommand(Actor.of(security),
                PathIds.household(householdId), account(accountId))));
    }

    private static AccountId account(String id) {
        return PathIds.parse(id, "account", AccountId::of);
    }
}
