package org.myknees.adapter.rest.onetimeevent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.Actor;
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.onetimeevent.OneTimeEventJson.OneTimeEventRequest;
import org.myknees.adapter.rest.onetimeevent.OneTimeEventJson.OneTimeEventResponse;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.PlanEventCommand;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.RescheduleEventCommand;
import org.myknees.application.onetimeevent.port.in.OneTimeEventsUseCase;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** One-time events: spending kept apart from the monthly budget (a trip, a move). */
@Path("households/{householdId}/one-time-events")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "one-time-events")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class OneTimeEventResource {

    private final OneTimeEventsUseCase events;

    @Inject
    public OneTimeEventResource(OneTimeEventsUseCase events) {
        this.events = events;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public OneTimeEventResource() {
        this(null);
    }

    @GET
    @Operation(operationId = "listOneTimeEvents",
            summary = "The household's one-time events by start date",
            description = "Trips, moves and other one-off periods whose spending the reports keep apart from the "
                    + "monthly buckets.")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(schema = @Schema(implementation = OneTimeEventResponse.class, type = SchemaType.ARRAY)))
    public List<OneTimeEventResponse> list(@PathParam("householdId") String householdId,
                                           @Context SecurityContext security) {
        return events.listEvents(Actor.of(security), PathIds.household(householdId)).stream()
                .map(OneTimeEventResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planOneTimeEvent",
            summary = "Plan a one-time event",
            description = "Owners and editors. Transactions are tagged to it afterwards with PUT "
                    + ".../transactions/{transactionId}/event.")
    @APIResponse(responseCode = "201", description = "The new event",
            content = @Content(schema = @Schema(implementation = OneTimeEventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response plan(@PathParam("householdId") String householdId, OneTimeEventRequest body,
                         @Context SecurityContext security, @Context UriInfo uri) {
        InvalidRequestException.require(body, "body");
        OneTimeEventResponse created = OneTimeEventResponse.of(events.planEvent(new PlanEventCommand(
                Actor.of(security), PathIds.household(householdId), InvalidRequestException.require(body.name(),
                "name"), InvalidRequestException.require(body.from(), "from"),
                InvalidRequestException.require(body.to(), "to"))));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOneTimeEvent",
            summary = "Rename or reschedule a one-time event",
            description = "Owners and editors. Replaces the event's name and dates.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = OneTimeEventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public OneTimeEventResponse reschedule(@PathParam("householdId") String householdId,
                                           @PathParam("eventId") String eventId, OneTimeEventRequest body,
                                           @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        return OneTimeEventResponse.of(events.rescheduleEvent(new RescheduleEventCommand(Actor.of(security),
                PathIds.household(householdId), PathIds.parse(eventId, "one-time event", OneTimeEventId::of),
                InvalidRequestException.require(body.name(), "name"),
                InvalidRequestException.require(body.from(), "from"),
                InvalidRequestException.require(body.to(), "to"))));
    }
}
