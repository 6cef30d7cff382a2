package org.myknees.adapter.rest.transaction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.myknees.adapter.rest.caching.RevisionedRead;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.transaction.TransactionJson.EventAssignmentRequest;
import org.myknees.adapter.rest.transaction.TransactionJson.RecordTransactionRequest;
import org.myknees.adapter.rest.transaction.TransactionJson.SplitLineJson;
import org.myknees.adapter.rest.transaction.TransactionJson.SplitRequest;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionPage;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionPatchRequest;
import org.myknees.adapter.rest.transaction.TransactionJson.TransactionResponse;
import org.myknees.adapter.rest.transaction.TransactionJson.TransferLinkRequest;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.in.EditTransactionUseCase;
import org.myknees.application.transaction.port.in.ListTransactionsQuery;
import org.myknees.application.transaction.port.in.RecordTransactionUseCase;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.AssignToEventCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.LinkTransferCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.SplitTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.UnlinkTransferCommand;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The transactions of a household. Edits answer with the new version as {@code ETag}; sending it back as
 * {@code If-Match} turns a concurrent edit by someone else into 409 instead of a lost update.
 */
@Path("households/{householdId}/transactions")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transactions")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class TransactionResource {

    /** Bounds of an open-ended date filter, inside what every store can represent. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final RecordTransactionUseCase record;
    private final EditTransactionUseCase edit;
    private final ListTransactionsQuery transactions;

    @Inject
    public TransactionResource(RecordTransactionUseCase record,
            EditTransactionUseCase edit,
            ListTransactionsQuery transactions) {
        this.record = record;
        this.edit = edit;
        this.transactions = transactions;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public TransactionResource() {
        this(null, null, null);
    }

    @GET
    @Operation(operationId = "listTransactions",
            summary = "List transactions, newest first, filtered, one page at a time",
            description = "Every given filter must hold. Paging is by cursor and stays stable while "
                    + "transactions are added.")
    @RevisionedRead
    @Parameter(ref = MyKneesApi.IF_NONE_MATCH_PARAMETER)
    @APIResponse(responseCode = "304", ref = MyKneesApi.NOT_MODIFIED_RESPONSE)
    @APIResponse(responseCode = "200", description = "A page of transactions", headers = {
            @Header(ref = MyKneesApi.ETAG_HEADER), @Header(ref = MyKneesApi.CACHE_CONTROL_HEADER)},
            content = @Content(schema = @Schema(implementation = TransactionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public TransactionPage list(
            @PathParam("householdId") String householdId,
            @Parameter(description = "Booking date on or after (ISO date)", example = "2025-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "Booking date on or before (ISO date)", example = "2025-03-31")
            @QueryParam("to") String to,
            @Parameter(description = "In one of these accounts (repeatable)") @QueryParam("account")
            List<String> accounts,
            @Parameter(description = "In one of these categories (repeatable); a primary code includes its "
                    + "detailed codes") @QueryParam("category") List<String> categories,
            @Parameter(description = "Also (or only, without 'category') uncategorized transactions")
            @QueryParam("uncategorized") String uncategorized,
            @Parameter(description = "Text in the description, merchant or notes") @QueryParam("q") String text,
            @Parameter(description = "Amount at least (decimal, needs 'currency')") @QueryParam("minAmount")
            String minAmount,
            @Parameter(description = "Amount at most (decimal, needs 'currency')") @QueryParam("maxAmount")
            String maxAmount,
            @Parameter(description = "Currency of minAmount/maxAmount", example = "USD") @QueryParam("currency")
            String currency,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "50", minimum = "1", maximum = "500")) @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        TransactionFilter filter = TransactionFilter.all();
        if (from != null || to != null) {
            LocalDate start = from == null ? EARLIEST : InvalidRequestException.parse(from, "from", LocalDate::parse);
            LocalDate end = to == null ? LATEST : InvalidRequestException.parse(to, "to", LocalDate::parse);
            filter = filter.withPeriod(InvalidRequestException.parse(from + ".." + to, "to",
                    ignored -> new Period(start, end)));
        }
        Set<AccountId> accountIds = new HashSet<>();
        for (String a : accounts) {
            accountIds.add(InvalidRequestException.parse(a, "account", AccountId::of));
        }
        Set<CategoryKey> categoryKeys = new HashSet<>();
        for (String c : categories) {
            categoryKeys.add(InvalidRequestException.parse(c, "category", CategoryKey::new));
        }
        boolean orUncategorized = uncategorized != null
                && InvalidRequestException.parse(uncategorized, "uncategorized", TransactionResource::bool);
        filter = filter.withAccounts(accountIds).withCategories(categoryKeys, orUncategorized).withText(text);
        if (minAmount != null || maxAmount != null) {
            String code = InvalidRequestException.require(currency, "currency");
            InvalidRequestException.parse(code, "currency", Money::currency);
            Optional<Money> min = Optional.ofNullable(minAmount)
                    .map(m -> InvalidRequestException.parse(m, "minAmount", v -> Money.parse(v, code)));
            Optional<Money> max = Optional.ofNullable(maxAmount)
                    .map(m -> InvalidRequestException.parse(m, "maxAmount", v -> Money.parse(v, code)));
            TransactionFilter base = filter;
            filter = InvalidRequestException.parse("range", "maxAmount", ignored -> base.withAmountRange(min, max));
        }
        int size = limit == null ? PageRequest.DEFAULT_LIMIT
                : InvalidRequestException.parse(limit, "limit", TransactionResource::pageSize);
        PageRequest page = cursor == null ? PageRequest.first(size) : PageRequest.after(cursor, size);
        Page<Transaction> result = transactions.listTransactions(Actor.of(security), PathIds.household(householdId),
                filter, page);
        return new TransactionPage(result.items().stream().map(TransactionResponse::of).toList(),
                result.nextCursor().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTransaction",
            summary = "Record a transaction by hand (owners and editors)",
            description = "The ETag of the answer is the version to send as If-Match with later edits.")
    @APIResponse(responseCode = "201", description = "The recorded transaction",
            headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@PathParam("householdId") String householdId, RecordTransactionRequest body,
                           @Context SecurityContext security, @Context UriInfo uri) {
        InvalidRequestException.require(body, "body");
        Money amount = MoneyJson.require(body.amount(), "amount");
        TransactionStatus status = body.status() == null ? TransactionStatus.POSTED
                : InvalidRequestException.parse(body.status(), "status",
                s -> TransactionStatus.valueOf(s.toUpperCase(Locale.ROOT)));
        Transaction created = record.recordTransaction(new RecordTransactionCommand(Actor.of(security),
                PathIds.household(householdId), InvalidRequestException.parse(body.accountId(), "accountId",
                AccountId::of), InvalidRequestException.require(body.bookingDate(), "bookingDate"), amount,
                InvalidRequestException.require(body.description(), "description"), status,
                Optional.ofNullable(body.externalId())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(etag(created)).entity(TransactionResponse.of(created)).build();
    }

    @GET
    @Path("{transactionId}")
    @Operation(operationId = "getTransaction",
            summary = "One transaction",
            description = "The ETag header carries the version to send as If-Match with an edit.")
    @APIResponse(responseCode = "200", description = "The transaction",
            headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    public Response get(@PathParam("householdId") String householdId,
                        @PathParam("transactionId") String transactionId, @Context SecurityContext security) {
        return ok(transactions.getTransaction(Actor.of(security), PathIds.household(householdId),
                transaction(transactionId)));
    }

    @PATCH
    @Path("{transactionId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateTransaction",
            summary = "Change notes, tags or the pinned category",
            description = "With If-Match, the edit is refused with 409 when the transaction changed since that "
                    + "version.")
    @APIResponse(responseCode = "200", description = "The changed transaction",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response patch(@PathParam("householdId") String householdId,
                          @PathParam("transactionId") String transactionId,
                          @Parameter(description = "The version last seen (ETag)") @HeaderParam("If-Match")
                          String ifMatch, TransactionPatchRequest body, @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        UserId actor = Actor.of(security);
        HouseholdId household = PathIds.household(householdId);
        TransactionId id = transaction(transactionId);
        OptionalLong expected = version(ifMatch);
        boolean unpin = Boolean.TRUE.equals(body.unpinCategory());
        if (body.category() != null && unpin) {
            throw new InvalidRequestException("unpinCategory", "cannot be combined with category");
        }
        Optional<CategoryKey> pin = Optional.ofNullable(body.category())
                .map(c -> InvalidRequestException.parse(c, "category", CategoryKey::new));
        Transaction result = null;
        if (body.notes() != null || body.tags() != null) {
            Transaction current = transactions.getTransaction(actor, household, id);
            result = edit.annotate(new AnnotateTransactionCommand(actor, household, id,
                    body.notes() != null ? body.notes() : current.notes(),
                    body.tags() != null ? Set.copyOf(body.tags()) : current.tags(),
                    expected.isPresent() ? expected : OptionalLong.of(current.version())));
        }
        if (pin.isPresent() || unpin) {
            OptionalLong next = result == null ? expected : OptionalLong.of(result.version());
            result = edit.pinCategory(new PinCategoryCommand(actor, household, id, pin, next));
        }
        return ok(result != null ? result : transactions.getTransaction(actor, household, id));
    }

    @PUT
    @Path("{transactionId}/splits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "splitTransaction",
            summary = "Split a transaction into lines (or remove the split with no lines)",
            description = "Owners and editors. The lines must add up exactly to the transaction's amount (400 "
                    + "validation otherwise).")
    @APIResponse(responseCode = "200", description = "The split transaction",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response split(@PathParam("householdId") String householdId,
                          @PathParam("transactionId") String transactionId,
                          @Parameter(description = "The version last seen (ETag)") @HeaderParam("If-Match")
                          String ifMatch, SplitRequest body, @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        List<SplitLineJson> lines = InvalidRequestException.require(body.lines(), "lines");
        List<SplitLine> domainLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String path = "lines[" + i + "]";
            SplitLineJson line = InvalidRequestException.require(lines.get(i), path);
            domainLines.add(new SplitLine(MoneyJson.require(line.amount(), path + ".amount"),
                    InvalidRequestException.require(line.description(), path + ".description"),
                    Optional.ofNullable(line.category())
                            .map(c -> InvalidRequestException.parse(c, path + ".category", CategoryKey::new))));
        }
        return ok(edit.split(new SplitTransactionCommand(Actor.of(security), PathIds.household(householdId),
                transaction(transactionId), domainLines, version(ifMatch))));
    }

    @PUT
    @Path("{transactionId}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkTransfer",
            summary = "Link this transaction and its counterpart as one transfer between accounts",
            description = "Owners and editors. Both transactions then name each other in transferCounterpartId; the "
                    + "answer lists both.")
    @APIResponse(responseCode = "200", description = "Both sides, this one first",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<TransactionResponse> link(@PathParam("householdId") String householdId,
                                          @PathParam("transactionId") String transactionId,
                                          TransferLinkRequest body, @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        TransactionId counterpart = InvalidRequestException.parse(body.counterpartId(), "counterpartId",
                TransactionId::of);
        return edit.linkTransfer(new LinkTransferCommand(Actor.of(security), PathIds.household(householdId),
                transaction(transactionId), counterpart)).stream().map(TransactionResponse::of).toList();
    }

    @DELETE
    @Path("{transactionId}/transfer")
    @Operation(operationId = "unlinkTransfer",
            summary = "Remove the transfer link from both sides",
            description = "Owners and editors. The answer lists both transactions without their link.")
    @APIResponse(responseCode = "200", description = "Both sides, this one first",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<TransactionResponse> unlink(@PathParam("householdId") String householdId,
                                            @PathParam("transactionId") String transactionId,
                                            @Context SecurityContext security) {
        return edit.unlinkTransfer(new UnlinkTransferCommand(Actor.of(security), PathIds.household(householdId),
                transaction(transactionId))).stream().map(TransactionResponse::of).toList();
    }

    @PUT
    @Path("{transactionId}/event")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignTransactionToEvent",
            summary = "Tag the transaction to a one-time event (or untag it with a null eventId)",
            description = "Owners and editors. Spending tagged to an event is reported under the event instead of "
                    + "the monthly buckets.")
    @APIResponse(responseCode = "200", description = "The transaction",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response assignToEvent(@PathParam("householdId") String householdId,
                                  @PathParam("transactionId") String transactionId, EventAssignmentRequest body,
                                  @Context SecurityContext security) {
        InvalidRequestException.require(body, "body");
        Optional<OneTimeEventId> event = Optional.ofNullable(body.eventId())
                .map(e -> InvalidRequestException.parse(e, "eventId", OneTimeEventId::of));
        return ok(edit.assignToEvent(new AssignToEventCommand(Actor.of(security), PathIds.household(householdId),
                transaction(transactionId), event)));
    }

    private static Response ok(Transaction t) {
        return Response.ok(TransactionResponse.of(t)).tag(etag(t)).build();
    }

    private static EntityTag etag(Transaction t) {
        return new EntityTag(Long.toString(t.version()));
    }

    /** The version in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}); empty without the header. */
    static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        String digits = tag.replace("\"", "");
        return OptionalLong.of(InvalidRequestException.parse(digits, "If-Match", Long::parseLong));
    }

    private static TransactionId transaction(String id) {
        return PathIds.parse(id, "transaction", TransactionId::of);
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static int pageSize(String value) {
        int size = Integer.parseInt(value);
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException(value);
        }
        return size;
    }
}
