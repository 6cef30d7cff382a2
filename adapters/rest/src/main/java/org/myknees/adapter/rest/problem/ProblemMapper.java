package org.myknees.adapter.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myknees.application.account.port.out.AccountCodeTakenException;
import org.myknees.application.category.port.out.CategoryNameTakenException;
import org.myknees.application.household.ReadOnlyMemberException;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.user.port.in.InvalidCredentialsException;
import org.myknees.application.user.port.in.TooManyAttemptsException;
import org.myknees.application.user.port.out.EmailTakenException;

/**
 * Turns every exception that reaches JAX-RS into a problem document. Rule violations of the domain are
 * {@link IllegalArgumentException}s (invalid input: 400) or {@link IllegalStateException}s (the state does not
 * allow it: 409). Unexpected failures are logged and answered without internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** The media type of every error response. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Response.ResponseBuilder response;
        WebApplicationException tooLarge = findTooLarge(failure);
        if (tooLarge != null) {
            response = build(ProblemResponse.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), instance));
        } else if (failure instanceof ProblemException e) {
            response = build(ProblemResponse.of(e.type(), e.getMessage(), instance));
        } else if (failure instanceof TooManyAttemptsException e) {
            response = build(ProblemResponse.of(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), instance))
                    .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        } else if (failure instanceof WebApplicationException e) {
            response = fromWebApplication(e, instance);
        } else {
            response = build(problemFor(failure, instance));
        }
        return response.build();
    }

    static ProblemResponse problemFor(Throwable failure, String instance) {
        if (failure instanceof InvalidRequestException e) {
            return new ProblemResponse(ProblemType.VALIDATION.uri().toString(), ProblemType.VALIDATION.title(), 400,
                    e.getMessage(), instance, List.of(new ProblemResponse.FieldError(e.field(), messageAfterField(e))));
        }
        if (failure instanceof NotFoundException e) {
            return ProblemResponse.of(ProblemType.NOT_FOUND, e.getMessage(), instance);
        }
        if (failure instanceof VersionConflictException e) {
            return ProblemResponse.of(ProblemType.VERSION_CONFLICT, e.getMessage(), instance);
        }
        if (failure instanceof AccountCodeTakenException || failure instanceof CategoryNameTakenException
                || failure instanceof EmailTakenException) {
            return ProblemResponse.of(ProblemType.CONFLICT, failure.getMessage(), instance);
        }
        if (failure instanceof ReadOnlyMemberException e) {
            return ProblemResponse.of(ProblemType.FORBIDDEN, e.getMessage(), instance);
        }
        if (failure instanceof InvalidCredentialsException e) {
            return ProblemResponse.of(ProblemType.INVALID_CREDENTIALS, e.getMessage(), instance);
        }
        if (isMalformedBody(failure)) {
            return ProblemResponse.of(ProblemType.MALFORMED_BODY, rootMessage(failure), instance);
        }
        if (failure instanceof IllegalArgumentException) {
            return ProblemResponse.of(ProblemType.VALIDATION, failure.getMessage(), instance);
        }
        if (failure instanceof IllegalStateException) {
            return ProblemResponse.of(ProblemType.RULE_VIOLATED, failure.getMessage(), instance);
        }
        LOG.log(Level.SEVERE, "Unexpected failure at " + instance, failure);
        return ProblemResponse.of(ProblemType.INTERNAL, "An unexpected error occurred; it has been logged", instance);
    }

    private Response.ResponseBuilder fromWebApplication(WebApplicationException e, String instance) {
        if (isMalformedBody(e)) {
            return build(ProblemResponse.of(ProblemType.MALFORMED_BODY, rootMessage(e), instance));
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.VALIDATION;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            default -> null;
        };
        ProblemResponse problem = type != null
                ? ProblemResponse.of(type, e.getMessage(), instance)
                : new ProblemResponse("about:blank", e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getMessage(), instance, null);
        Response.ResponseBuilder builder = build(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder;
    }

    private static Response.ResponseBuilder build(ProblemResponse problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
    }

    /** A body over the limit may surface wrapped in the JSON reader's exception. */
    private static WebApplicationException findTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException e && e.getResponse().getStatus() == 413) {
                return e;
            }
        }
        return null;
    }

    private static boolean isMalformedBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "The body could not be read" : root.getMessage();
    }

    private static String messageAfterField(InvalidRequestException e) {
        return e.getMessage().substring(e.field().length()).strip();
    }
}
