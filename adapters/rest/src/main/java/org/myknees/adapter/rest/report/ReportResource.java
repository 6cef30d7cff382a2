package org.myknees.adapter.rest.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
import org.myknees.adapter.rest.MyKneesApi;
import org.myknees.adapter.rest.PathIds;
import org.myknees.adapter.rest.Roles;
import org.myknees.adapter.rest.caching.RevisionedRead;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.adapter.rest.report.ReportJson.CashFlowMonthJson;
import org.myknees.adapter.rest.report.ReportJson.MonthBucketReportJson;
import org.myknees.adapter.rest.report.ReportJson.TrendPointJson;
import org.myknees.application.report.port.in.ReportsQuery;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.report.Period;

/** Reports over a household's transactions, following the reporting policy of the domain. */
@Path("households/{householdId}/reports")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@SecurityRequirement(name = MyKneesApi.BEARER)
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class ReportResource {

    private final ReportsQuery reports;

    @Inject
    public ReportResource(ReportsQuery reports) {
        this.reports = reports;
    }

    /** For the container (client proxies and JAX-RS provider discovery); never called with intent. */
    public ReportResource() {
        this(null);
    }

    @GET
    @Path("month-buckets")
    @Operation(operationId = "getMonthBuckets",
            summary = "Spending per category and month, one-time events apart",
            description = "For each month from..to (YYYY-MM), the spending per category and currency; spending "
                    + "tagged to a one-time event is reported under that event instead.")
    @RevisionedRead
    @Parameter(ref = MyKneesApi.IF_NONE_MATCH_PARAMETER)
    @APIResponse(responseCode = "304", ref = MyKneesApi.NOT_MODIFIED_RESPONSE)
    @APIResponse(responseCode = "200", description = "The buckets", headers = {
            @Header(ref = MyKneesApi.ETAG_HEADER), @Header(ref = MyKneesApi.CACHE_CONTROL_HEADER)},
            content = @Content(schema = @Schema(implementation = MonthBucketReportJson.class)))
    public MonthBucketReportJson monthBuckets(
            @PathParam("householdId") String householdId,
            @Parameter(description = "First month", required = true, example = "2025-01") @QueryParam("from")
            String from,
            @Parameter(description = "Last month", required = true, example = "2025-03") @QueryParam("to") String to,
            @Context SecurityContext security) {
        return MonthBucketReportJson.of(reports.monthBuckets(Actor.of(security), PathIds.household(householdId),
                period(from, to)));
    }

    @GET
    @Path("trend")
    @Operation(operationId = "getCategoryTrend",
            summary = "Twelve months of one category, up to a month (default: the current one)",
            description = "The category's spending in one currency for the twelve months that end with last, oldest "
                    + "first.")
    @RevisionedRead
    @Parameter(ref = MyKneesApi.IF_NONE_MATCH_PARAMETER)
    @APIResponse(responseCode = "304", ref = MyKneesApi.NOT_MODIFIED_RESPONSE)
    @APIResponse(responseCode = "200", description = "One point per month, oldest first", headers = {
            @Header(ref = MyKneesApi.ETAG_HEADER), @Header(ref = MyKneesApi.CACHE_CONTROL_HEADER)},
            content = @Content(schema = @Schema(implementation = TrendPointJson.class, type = SchemaType.ARRAY)))
    public List<TrendPointJson> trend(
            @PathParam("householdId") String householdId,
            @Parameter(description = "Category key", required = true, example = "FOOD_AND_DRINK")
            @QueryParam("category") String category,
            @Parameter(description = "Currency", required = true, example = "USD") @QueryParam("currency")
            String currency,
            @Parameter(description = "Last month", example = "2025-03") @QueryParam("last") String last,
            @Context SecurityContext security) {
        return reports.categoryTrend(Actor.of(security), PathIds.household(householdId),
                        InvalidRequestException.parse(category, "category", CategoryKey::new),
                        InvalidRequestException.parse(currency, "currency", Money::currency),
                        Optional.ofNullable(last).map(l -> InvalidRequestException.parse(l, "last", YearMonth::parse)))
                .stream().map(TrendPointJson::of).toList();
    }

    @GET
    @Path("cash-flow")
    @Operation(operationId = "getCashFlow",
            summary = "Income, spending and net per month and currency",
            description = "For each month from..to (YYYY-MM) and currency: money in, money out and their sum.")
    @RevisionedRead
    @Parameter(ref = MyKneesApi.IF_NONE_MATCH_PARAMETER)
    @APIResponse(responseCode = "304", ref = MyKneesApi.NOT_MODIFIED_RESPONSE)
    @APIResponse(responseCode = "200", description = "One entry per month and currency", headers = {
            @Header(ref = MyKneesApi.ETAG_HEADER), @Header(ref = MyKneesApi.CACHE_CONTROL_HEADER)},
            content = @Content(schema = @Schema(implementation = CashFlowMonthJson.class, type = SchemaType.ARRAY)))
    public List<CashFlowMonthJson> cashFlow(
            @PathParam("householdId") String householdId,
            @Parameter(description = "First month", required = true, example = "2025-01") @QueryParam("from")
            String from,
            @Parameter(description = "Last month", required = true, example = "2025-03") @QueryParam("to") String to,
            @Context SecurityContext security) {
        return reports.cashFlow(Actor.of(security), PathIds.household(householdId), period(from, to)).stream()
                .map(CashFlowMonthJson::of).toList();
    }

    private static Period period(String from, String to) {
        YearMonth first = InvalidRequestException.parse(from, "from", YearMonth::parse);
        YearMonth last = InvalidRequestException.parse(to, "to", YearMonth::parse);
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "is before from");
        }
        return Period.of(first, last);
    }
}
