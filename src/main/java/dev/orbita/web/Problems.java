package dev.orbita.web;

import dev.orbita.shared.FieldViolation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with texts in the request's language. */
@Component
public class Problems {

    public static final String TYPE_BASE = "https://orbita.dev/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public record FieldError(String field, String message) {
    }

    public ProblemDetail problem(HttpStatus status, String type, String detailKey, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(text("problem." + type + ".title", new Object[0], locale));
        problem.setDetail(text(detailKey, args, locale));
        return problem;
    }

    public ProblemDetail validation(List<FieldViolation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.field(), text(v.messageKey(), v.args(), locale)))
                .toList();
        return validationErrors(errors);
    }

    public ProblemDetail validationErrors(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation.detail",
                errors.size());
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    public String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    public String text(String key, Object... args) {
        return text(key, args, LocaleContextHolder.getLocale());
    }
}
