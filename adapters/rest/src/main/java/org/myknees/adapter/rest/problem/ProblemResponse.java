package org.myknees.adapter.rest.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code errors} lists the invalid fields of a validation problem, each named by
 * its path in the request ({@code amount.currency}, {@code lines[1].amount}, or a query parameter's name).
 */
@Schema(name = "ProblemResponse", description = "RFC 9457 problem details")
public record ProblemResponse(
        @Schema(required = true, example = "https://myknees.org/problems/validation") String type,
        @Schema(required = true, example = "The request is not valid") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(example = "amount.currency is required") String detail,
        @Schema(example = "/api/v1/households") String instance,
        List<FieldError> errors) {

    public ProblemResponse {
        errors = errors == null ? null : List.copyOf(errors);
    }

    public static ProblemResponse of(ProblemType type, String detail, String instance) {
        return new ProblemResponse(type.uri().toString(), type.title(), type.status(), detail, instance, null);
    }

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true, example = "amount.currency") String field,
                             @Schema(required = true, example = "is required") String message) {
    }
}
