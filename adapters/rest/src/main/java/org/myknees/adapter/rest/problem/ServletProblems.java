package org.myknees.adapter.rest.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.myknees.adapter.rest.guard.StrictJson;

/**
 * Writes a problem document straight to a servlet response, for the failures answered before JAX-RS sees the
 * request (the bearer-token check), so that they carry the same body as every other failure.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    /** Answers 401 {@link ProblemType#UNAUTHENTICATED} with {@code detail}, keeping headers already set. */
    public static void unauthenticated(HttpServletResponse response, String detail, String instance)
            throws IOException {
        response.resetBuffer();
        response.setStatus(ProblemType.UNAUTHENTICATED.status());
        response.setContentType(ProblemMapper.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(StrictJson.jsonb().toJson(
                ProblemResponse.of(ProblemType.UNAUTHENTICATED, detail, instance)));
        response.flushBuffer();
    }
}
