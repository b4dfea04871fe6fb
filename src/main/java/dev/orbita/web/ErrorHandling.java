package dev.orbita.web;

import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.InvalidValueException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns exceptions into answers: RFC 9457 problem details for {@code /api/**} (with the invalid
 * fields named, in the request's language) and error pages for the UI. What a client sent never
 * produces a 500.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** How long a client should wait before retrying a write that did not get its row lock. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final Problems problems;
    private final MessageSource messages;

    ErrorHandling(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    Object validation(ValidationException e, HttpServletRequest request) {
        return answer(request, problems.validation(e.violations()));
    }

    @ExceptionHandler(InvalidValueException.class)
    Object invalidValue(InvalidValueException e, HttpServletRequest request) {
        return answer(request, problems.validation(List.of(FieldViolation.of("value", e.messageKey(), e.args()))));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        var locale = LocaleContextHolder.getLocale();
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(
                fe -> errors.add(new Problems.FieldError(fe.getField(), messages.getMessage(fe, locale))));
        e.getBindingResult().getGlobalErrors().forEach(
                ge -> errors.add(new Problems.FieldError(ge.getObjectName(), messages.getMessage(ge, locale))));
        return answer(request, problems.validationErrors(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var locale = LocaleContextHolder.getLocale();
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new Problems.FieldError(r.getMethodParameter().getParameterName(), messages.getMessage(err, locale)))));
        return answer(request, problems.validationErrors(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonValueException refused) {
            String field = refused.field().isEmpty() ? path(refused) : refused.field();
            return answer(request, problems.validation(List.of(FieldViolation.of(field, refused.messageKey(),
                    refused.args()))));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            FieldViolation violation;
            if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                violation = FieldViolation.of(field, "validation.enum",
                        String.join(", ", Arrays.stream(invalid.getTargetType().getEnumConstants())
                                .map(String::valueOf).toList()));
            } else if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                violation = FieldViolation.of(field, "validation.type", typeName(mismatch.getTargetType()));
            } else {
                violation = FieldViolation.of(field, "validation.invalid");
            }
            return answer(request, problems.validation(List.of(violation)));
        }
        if (cause instanceof InvalidValueException invalid) {
            return answer(request, problems.validation(List.of(FieldViolation.of("body", invalid.messageKey(),
                    invalid.args()))));
        }
        return answer(request, problems.problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed.detail"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return answer(request, problems.validation(List.of(FieldViolation.of(e.getName(),
                        invalid.messageKey(), invalid.args()))));
            }
        }
        String type = e.getRequiredType() == null ? "value" : typeName(e.getRequiredType());
        if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
            return answer(request, problems.validation(List.of(FieldViolation.of(e.getName(), "validation.enum",
                    String.join(", ", Arrays.stream(e.getRequiredType().getEnumConstants()).map(String::valueOf)
                            .toList())))));
        }
        return answer(request, problems.validation(List.of(FieldViolation.of(e.getName(), "validation.type", type))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request,
                problems.validation(List.of(FieldViolation.of(e.getParameterName(), "validation.required"))));
    }

    /** A path variable that converts to nothing ({@code /accounts/%20}): as invalid as one that does not convert. */
    @ExceptionHandler(MissingPathVariableException.class)
    Object missingPathVariable(MissingPathVariableException e, HttpServletRequest request) {
        return answer(request, problems.validation(List.of(FieldViolation.of(e.getVariableName(),
                "validation.required"))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return answer(request, problems.validation(List.of(FieldViolation.of(e.getHeaderName(), "validation.required"))));
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, problems.problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.detail"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return answer(request, problems.problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.detail"));
    }

    @ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
    Object forbidden(RuntimeException e, HttpServletRequest request) {
        String reason = e instanceof ForbiddenException f ? f.reasonKey() : ForbiddenException.GENERIC_REASON;
        return answer(request, problems.problem(HttpStatus.FORBIDDEN, "forbidden", reason));
    }

    @ExceptionHandler(StaleVersionException.class)
    Object stale(StaleVersionException e, HttpServletRequest request) {
        HttpStatus status = e.fromIfMatch() ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        return answer(request, problems.problem(status, "stale-version", "problem.stale-version.detail"));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object concurrent(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        return answer(request, problems.problem(HttpStatus.CONFLICT, "stale-version", "problem.stale-version.detail"));
    }

    /**
     * A row lock not granted in time (H2's {@code LOCK_TIMEOUT}, PostgreSQL's {@code lock_timeout}), a
     * deadlock or a serialization failure: the request was fine and may succeed a moment later, so
     * 503 with {@code Retry-After} (ADR 016), not a 409 that would tell the client to change something.
     */
    @ExceptionHandler({ PessimisticLockingFailureException.class, jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class })
    Object busy(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Row lock not granted on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return answer(request, problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "problem.unavailable.detail"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object conflict(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity conflict on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return answer(request, problems.problem(HttpStatus.CONFLICT, "conflict", "problem.conflict.detail"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method", "problem.method.detail",
                e.getMethod()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type",
                "problem.media-type.detail", String.valueOf(e.getContentType())));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(request, problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "problem.not-acceptable.detail"));
    }

    /**
     * A form row index beyond what binding grows a list to (web.form.FormRows.INDEX_LIMIT), e.g.
     * {@code phones[100000].number}: a request no page makes. Any other bad property path is a bug (500).
     */
    @ExceptionHandler(InvalidPropertyException.class)
    Object invalidProperty(InvalidPropertyException e, HttpServletRequest request) {
        if (e.getCause() instanceof IndexOutOfBoundsException) {
            return answer(request, problems.problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed.detail"));
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal.detail"));
    }

    private Object answer(HttpServletRequest request, ProblemDetail problem) {
        return ProblemAnswers.answer(isApi(request), problem);
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith("/api/");
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "date-time";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        return "object";
    }
}
