package org.myknees.adapter.rest.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Gives the errors that the server itself answers before JAX-RS sees a request (401 and 403 of the token
 * check) the same problem+json body as every other failure, and a Bearer challenge instead of the server's
 * default Basic one.
 */
@WebFilter(urlPatterns = "/api/*")
public class ContainerErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new ProblemOnError(response, request.getRequestURI()));
    }

    private static final class ProblemOnError extends HttpServletResponseWrapper {
        private final String instance;

        ProblemOnError(HttpServletResponse response, String instance) {
            super(response);
            this.instance = instance;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            ProblemType type = switch (status) {
                case 401 -> ProblemType.UNAUTHENTICATED;
                case 403 -> ProblemType.FORBIDDEN;
                default -> null;
            };
            if (type == null || isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            setStatus(status);
            if (status == 401) {
                setHeader("WWW-Authenticate", "Bearer");
            }
            setContentType(ProblemMapper.PROBLEM_JSON);
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            getWriter().write(org.myknees.adapter.rest.guard.StrictJson.jsonb().toJson(
                    ProblemResponse.of(type, type == ProblemType.UNAUTHENTICATED
                            ? "A valid access token is required (Authorization: Bearer ...)"
                            : "Not allowed for the caller's role", instance)));
            flushBuffer();
        }
    }
}
