package dev.orbita.platform.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import dev.orbita.web.ReaderZone;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times for every page, in the signed-in user's time zone and language:
 * {@code <time th:datetime="${@fmt.iso(x)}" th:text="${@fmt.dateTime(x)}">}. Also the
 * {@link ReaderZone} of answers that carry local times (exports).
 */
@Component("fmt")
public class DateTimeFormats implements ReaderZone {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Sao_Paulo");

    private final Visibility visibility;

    public DateTimeFormats(Visibility visibility) {
        this.visibility = visibility;
    }

    /** Medium date and short time, e.g. "12 de mar. de 2025 14:30". Empty for null. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    /** ISO-8601 instant for the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** The signed-in user's time zone; São Paulo when they have none (or an unknown one) or nobody is signed in. */
    @Override
    public ZoneId zone() {
        try {
            String tz = visibility.currentUser().map(CurrentUser::timeZone).orElse(null);
            return tz == null || tz.isBlank() ? DEFAULT_ZONE : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }
}
