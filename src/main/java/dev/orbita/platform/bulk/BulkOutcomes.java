package dev.orbita.platform.bulk;

import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Turns what a record's write refused into the status and localized reason of a bulk answer's refusal. */
@Component
class BulkOutcomes {

    private static final Logger log = LoggerFactory.getLogger(BulkOutcomes.class);

    private final MessageSource messages;

    BulkOutcomes(MessageSource messages) {
        this.messages = messages;
    }

    BulkResult.Failure refusal(UUID id, RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof NotFoundException) {
            return new BulkResult.Failure(id, 404, text("problem.not-found.detail", locale));
        }
        if (e instanceof ForbiddenException f) {
            return new BulkResult.Failure(id, 403, text(f.reasonKey(), locale));
        }
        if (e instanceof AccessDeniedException) {
            return new BulkResult.Failure(id, 403, text(ForbiddenException.GENERIC_REASON, locale));
        }
        if (e instanceof StaleVersionException || e instanceof ObjectOptimisticLockingFailureException) {
            return new BulkResult.Failure(id, 409, text("problem.stale-version.detail", locale));
        }
        if (e instanceof ValidationException v) {
            return new BulkResult.Failure(id, 422, v.violations().stream().map(fv -> violation(fv, locale))
                    .collect(Collectors.joining("; ")));
        }
        if (e instanceof PessimisticLockingFailureException || e instanceof jakarta.persistence.PessimisticLockException
                || e instanceof jakarta.persistence.LockTimeoutException) {
            return new BulkResult.Failure(id, 503, text("problem.unavailable.detail", locale));
        }
        if (e instanceof DataIntegrityViolationException) {
            return new BulkResult.Failure(id, 409, text("problem.conflict.detail", locale));
        }
        log.error("Bulk action failed on record {}", id, e);
        return new BulkResult.Failure(id, 500, text("problem.internal.detail", locale));
    }

    private String violation(FieldViolation v, Locale locale) {
        String field = messages.getMessage("field." + v.field(), null, v.field(), locale);
        return field + ": " + messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
