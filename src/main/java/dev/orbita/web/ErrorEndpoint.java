package dev.orbita.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container forwards to {@code /error} (an error from a filter, a {@code sendError}):
 * the same problem details and error pages as {@link ErrorHandling}, by the original path. A client
 * asking for {@code /error} itself, outside an error dispatch, finds nothing there: 404. Replaces
 * Spring Boot's {@code BasicErrorController}, which answered such a request 500.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private final Problems problems;

    ErrorEndpoint(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer status) || status < 400) {
            return ProblemAnswers.answer(false,
                    problems.problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.detail"));
        }
        boolean api = uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
        return ProblemAnswers.answer(api, problem(HttpStatus.resolve(status)));
    }

    private ProblemDetail problem(HttpStatus status) {
        if (status == null) {
            return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal.detail");
        }
        return switch (status) {
            case NOT_FOUND -> problems.problem(status, "not-found", "problem.not-found.detail");
            case FORBIDDEN -> problems.problem(status, "forbidden", "problem.forbidden.detail");
            case UNAUTHORIZED -> problems.problem(status, "unauthorized", "problem.unauthorized.detail");
            case METHOD_NOT_ALLOWED -> problems.problem(status, "method", "problem.method.detail", "");
            case NOT_ACCEPTABLE -> problems.problem(status, "not-acceptable", "problem.not-acceptable.detail");
            case SERVICE_UNAVAILABLE -> problems.problem(status, "unavailable", "problem.unavailable.detail");
            default -> status.is4xxClientError()
                    ? problems.problem(status, "malformed", "problem.unreadable.detail")
                    : problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal.detail");
        };
    }
}
