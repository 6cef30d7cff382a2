package org.myknees.adapter.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.Objects;

/** A failure the adapter itself detects, answered with the given problem type and its status. */
public final class ProblemException extends WebApplicationException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail, type.status());
        this.type = Objects.requireNonNull(type, "type");
    }

    public ProblemType type() {
        return type;
    }
}
