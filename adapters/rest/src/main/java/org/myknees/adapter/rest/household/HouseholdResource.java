package org.myknees.adapter.rest.household;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.myknees.adapter.rest.household.HouseholdJson.AddMemberRequest;
import org.myknees.adapter.rest.household.HouseholdJson.ChangeMemberRoleRequest;
import org.myknees.adapter.rest.household.HouseholdJson.CreateHouseholdRequest;
import org.myknees.adapter.rest.household.HouseholdJson.HouseholdResponse;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.household.port.in.CreateHouseholdUseCase;
import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.application.household.port.in.HouseholdCommands.ChangeMemberRoleCommand;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.household.port.in.HouseholdCommands.RemoveMemberCommand;
import org.myknees.application.household.port.in.ListHouseholdsQuery;
import org.myknees.application.household.port.in.ManageMembersUseCase;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.user.port.in.CurrentUserQuery;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;

/** Households the caller belongs to, and their members (owners manage members). */
@Path("households")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "households")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class HouseholdResource {

    private final CreateHouseholdUseCase create;
    private final ManageMembersUseCase members;
    private final ListHouseholdsQuery households;
    private final CurrentUserQuery users;

    @Inject
    public HouseholdResource(CreateHouseholdUseCase create,
            ManageMembersUseCase members,
            ListHouseholdsQuery households,
            CurrentUserQuery users) {
        this.create = create;
        this.members = members;
        this.households = households;
        this.users = users;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public HouseholdResource() {
        this(null, null, null, null);
    }

    @GET
    @Operation(operationId = "listHouseholds",
            summary = "The households the caller is a member of, by name",
            description = "Every household the caller belongs to, whatever the role.")
    @APIResponse(responseCode = "200", description = "The households",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<HouseholdResponse> list(@Context SecurityContext security) {
        return households.listHouseholds(Actor.of(security)).stream().map(HouseholdResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createHousehold",
            summary = "Create a household owned by the caller",
            description = "The caller becomes its only member, with the role owner.")
    @APIResponse(responseCode = "201", description = "The new household",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response create(CreateHouseholdRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        InvalidRequestException.require(body, "body");
        String name = InvalidRequestException.require(body.name(), "name");
        HouseholdResponse created = HouseholdResponse.of(create.createHousehold(
                new CreateHouseholdCommand(Actor.of(security), name)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{householdId}")
    @Operation(operationId = "getHousehold",
            summary = "One household of the caller",
            description = "With its members and their roles. A household the caller does not belong to answers 404.")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HouseholdResponse get(@PathParam("householdId") String householdId, @Context SecurityContext security) {
        return HouseholdResponse.of(households.getHousehold(Actor.of(security), PathIds.household(householdId)));
    }

    @POST
    @Path("{householdId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMember",
            summary = "Add a member (owners only)",
            description = "The user is found by e-mail address.")
    @APIResponse(responseCode = "200", description = "The household with its members",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public HouseholdResponse addMember(@PathParam("householdId") String householdId, AddMemberRequest body,
                                       @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        EmailAddress email = InvalidRequestException.parse(body.email(), "email", EmailAddress::new);
        MemberRole role = role(body.role());
        UserId member = users.findByEmail(email).orElseThrow(() -> new NotFoundException("user", email)).id();
        return HouseholdResponse.of(members.addMember(
                new AddMemberCommand(Actor.of(security), PathIds.household(householdId), member, role)));
    }

    @PUT
    @Path("{householdId}/members/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberRole",
            summary = "Change a member's role (owners only)",
            description = "Roles are owner, editor and viewer. The last owner cannot step down (409 rule-violated).")
    @APIResponse(responseCode = "200", description = "The household with its members",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public HouseholdResponse changeRole(@PathParam("householdId") String householdId,
                                        @PathParam("userId") String userId, ChangeMemberRoleRequest body,
                                        @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        return HouseholdResponse.of(members.changeMemberRole(new ChangeMemberRoleCommand(Actor.of(security),
                PathIds.household(householdId), PathIds.parse(userId, "user", UserId::of), role(body.role()))));
    }

    @DELETE
    @Path("{householdId}/members/{userId}")
    @Operation(operationId = "removeMember",
            summary = "Remove a member (owners; or a member leaving)",
            description = "Owners remove anyone; any member may remove themselves. The last owner cannot leave (409 "
                    + "rule-violated).")
    @APIResponse(responseCode = "200", description = "The household with its remaining members",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public HouseholdResponse removeMember(@PathParam("householdId") String householdId,
                                          @PathParam("userId") String userId, @Context SecurityContext security) {
        return HouseholdResponse.of(members.removeMember(new RemoveMemberCommand(Actor.of(security),
                PathIds.household(householdId), PathIds.parse(userId, "user", UserId::of))));
    }

    private static MemberRole role(String role) {
        return InvalidRequestException.parse(role, "role", r -> MemberRole.valueOf(r.toUpperCase(Locale.ROOT)));
    }
}
