package org.myknees.adapter.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.myknees.adapter.rest.problem.ProblemResponse;
import org.myknees.adapter.rest.problem.ProblemMapper;

/**
 * The API's description: version 1, authenticated by bearer access tokens (ours, RS256, with roles {@code user}
 * and {@code admin} from their {@code groups} claim; or an external OpenID Connect issuer's, see
 * {@link org.myknees.adapter.rest.bearer}). The deployable subclasses it with {@code @ApplicationPath(PATH)}: the
 * server looks for it only in the web module's own classes, not in library jars.
 */
@OpenAPIDefinition(
        info = @Info(title = "MyKnees API", version = "1.0.0",
                description = "Personal finance for households: accounts, transactions, categories, one-time "
                        + "events and reports. Money is {\"amount\": \"-12.34\", \"currency\": \"USD\"} with the "
                        + "amount as a decimal string; every failure is an RFC 9457 application/problem+json "
                        + "document whose type is one of https://myknees.org/problems/*.",
                contact = @Contact(name = "MyKnees", url = "https://myknees.org"),
                license = @License(name = "Proprietary", url = "https://myknees.org/license")),
        components = @Components(responses = {
            @APIResponse(name = "BadRequest", description = "Invalid input (type .../validation with the field path, or .../malformed-body)",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = "Unauthorized", description = "No valid access token, or credentials not accepted",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = "Forbidden", description = "The caller's role does not allow this (e.g. a viewer writing)",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = "NotFound", description = "No such resource for the caller (other households' data is never revealed)",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = "Conflict", description = "A version conflict, a taken name or code, or a broken rule",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = "IdempotencyKeyReused", description = "The Idempotency-Key was used for a request with another body",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = "TooManyRequests", description = "Too many attempts; see Retry-After",
                    content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemResponse.class))),
            @APIResponse(name = MyKneesApi.NOT_MODIFIED_RESPONSE,
                    description = "Not modified: the answer held by the client (If-None-Match) is current",
                    headers = {@Header(ref = MyKneesApi.ETAG_HEADER),
                        @Header(ref = MyKneesApi.CACHE_CONTROL_HEADER)})
        },
        headers = {
            @Header(name = MyKneesApi.ETAG_HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "Strong validator of this answer; it changes when the household's data or the "
                            + "answer changes. Send it as If-None-Match to get 304 without a body while it still "
                            + "holds."),
            @Header(name = MyKneesApi.CACHE_CONTROL_HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "private, no-cache: may be kept by the client, revalidated with If-None-Match "
                            + "before reuse")
        },
        parameters = {
            @Parameter(name = MyKneesApi.IF_NONE_MATCH_PARAMETER, in = ParameterIn.HEADER,
                    schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of an answer already held: 304 Not Modified, without a body, while it "
                            + "is current")
        }),
        tags = {
            @Tag(name = "users", description = "Sign-up, login, token refresh and logout"),
            @Tag(name = "households", description = "Households and their members"),
            @Tag(name = "accounts", description = "A household's accounts"),
            @Tag(name = "transactions", description = "Transactions: listing, recording and editing"),
            @Tag(name = "categories", description = "The taxonomy and a household's own categories"),
            @Tag(name = "rules", description = "Categorization rules: create, order, preview and apply; "
                    + "categorizing a transaction again"),
            @Tag(name = "one-time-events", description = "Trips, moves and other one-off spending"),
            @Tag(name = "reports", description = "Month buckets, trends and cash flow")
        })
@SecurityScheme(securitySchemeName = MyKneesApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token from POST /api/v1/auth/login")
public abstract class MyKneesApi extends Application {

    /** Where the API is served, below the server's root. */
    public static final String PATH = "/api/v1";

    /** The name of the security scheme every protected operation refers to. */
    public static final String BEARER = "bearer";

    /** The header component that describes the {@code ETag} of a revisioned read. */
    public static final String ETAG_HEADER = "ETag";

    /** The header component that describes the {@code Cache-Control} of a revisioned read. */
    public static final String CACHE_CONTROL_HEADER = "Cache-Control";

    /** The parameter component that describes the {@code If-None-Match} of a revisioned read. */
    public static final String IF_NONE_MATCH_PARAMETER = "If-None-Match";

    /** The response component that describes the 304 answer of a revisioned read. */
    public static final String NOT_MODIFIED_RESPONSE = "NotModified";
}
