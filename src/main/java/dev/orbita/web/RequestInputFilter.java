package dev.orbita.web;

import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.check.RequestChecks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before security or any controller reads the request, what a servlet container or Spring
 * would otherwise turn into a 500: query and form parameters that are not valid UTF-8 or hold a NUL
 * (400 naming the parameter), and a wildcard {@code Content-Type} such as {@code *}{@code /*} (415);
 * and an API request whose {@code Accept} excludes JSON (406), before a write is done for nothing.
 * Ordered after the request context filter (so messages follow {@code Accept-Language}) and before
 * Spring Security (which reads form parameters of its own).
 */
@Component
@Order(RequestInputFilter.ORDER)
class RequestInputFilter extends OncePerRequestFilter {

    /** After {@code RequestContextFilter} (-105), before the security filter chain (-100). */
    static final int ORDER = -104;

    private final Problems problems;
    private final ProblemResponses responses;

    RequestInputFilter(Problems problems, ProblemResponses responses) {
        this.problems = problems;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            doFilterNestedErrorDispatch(request, response, chain);
            return;
        }
        Optional<String> wildcard = wildcardContentType(request);
        if (wildcard.isPresent()) {
            refuse(request, response, problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type",
                    "problem.media-type.detail", wildcard.get()));
            return;
        }
        if (ErrorHandling.isApi(request) && !acceptsJson(request) && !readsAnExport(request)) {
            refuse(request, response, problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                    "problem.not-acceptable.detail"));
            return;
        }
        List<FieldViolation> violations = parameterViolations(request);
        if (!violations.isEmpty()) {
            refuse(request, response, problems.validation(violations));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A content type Spring cannot even hold ({@code *}{@code /*}, {@code application/*}); unparsable ones Spring answers itself. */
    private static Optional<String> wildcardContentType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            return type.isWildcardType() || type.isWildcardSubtype() ? Optional.of(header) : Optional.empty();
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an API client accepts JSON: decided before the controller runs, since Spring would
     * otherwise find out only when writing the answer of a write that has already happened.
     */
    private static boolean acceptsJson(HttpServletRequest request) {
        List<String> headers = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (headers.isEmpty() || headers.stream().allMatch(String::isBlank)) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(headers).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** A read asking for a list export (CSV, XLSX): nothing is written, the list answers or refuses it itself. */
    private static boolean readsAnExport(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT)))
                    .stream().anyMatch(type -> type.getQualityValue() > 0 && java.util.Arrays
                            .stream(dev.orbita.web.export.ExportFormat.values())
                            .anyMatch(format -> format.mediaType().isCompatibleWith(type) && !type.isWildcardType()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static List<FieldViolation> parameterViolations(HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>(QueryStrings.violations(request.getQueryString()));
        if (!violations.isEmpty()) {
            return violations;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap(); // also parses a form body, in the request's encoding
        } catch (IllegalStateException | IllegalArgumentException e) {
            return List.of(FieldViolation.of("body", "validation.encoding"));
        }
        parameters.forEach((name, values) -> {
            boolean bad = !RequestChecks.storable(name);
            for (String value : values) {
                bad |= value != null && !RequestChecks.storable(value);
            }
            if (bad) {
                violations.add(FieldViolation.of(QueryStrings.printable(name), "validation.text"));
            }
        });
        return violations;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response,
            org.springframework.http.ProblemDetail problem) throws IOException {
        if (ErrorHandling.isApi(request)) {
            responses.write(response, problem);
        } else {
            response.sendError(problem.getStatus());
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * The error page of a refused request is rendered with the same broken query string: hide its
     * parameters there, or the first {@code getParameter} of an interceptor would throw again.
     */
    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        chain.doFilter(parameterViolations(request).isEmpty() ? request : new WithoutParameters(request), response);
    }

    /** A request whose parameters could not be read, seen as one without parameters. */
    private static final class WithoutParameters extends jakarta.servlet.http.HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
