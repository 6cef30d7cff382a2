package org.myknees.adapter.rest.problem;

import java.net.URI;

/**
 * The stable problem types of the API. Their URIs are part of the contract: clients branch on them, so they
 * never change once published (docs/api/problems.md describes each).
 */
public enum ProblemType {
    VALIDATION("validation", 400, "The request is not valid"),
    MALFORMED_BODY("malformed-body", 400, "The request body is not valid JSON of the expected shape"),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication is required"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "The credentials were not accepted"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
    VERSION_CONFLICT("version-conflict", 409, "Changed by someone else"),
    CONFLICT("conflict", 409, "Conflicts with existing data"),
    RULE_VIOLATED("rule-violated", 409, "The change would break a rule"),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", 409, "A request with this Idempotency-Key is in progress"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "The Idempotency-Key was used for another request"),
    IMPORT_REJECTED("import-rejected", 422, "The file cannot be imported"),
    IMPORT_EDITED_SINCE("import-edited-since", 409, "Transactions of the import were edited since"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL("internal", 500, "Internal error");

    /** Where the problem type URIs live. */
    public static final String BASE = "https://myknees.org/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
