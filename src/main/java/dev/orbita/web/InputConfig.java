package dev.orbita.web;

import dev.orbita.shared.InvalidValueException;
import dev.orbita.shared.check.RequestChecks;
import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

/**
 * The input rules every module gets without asking: JSON bodies through {@link StorableJson}, and
 * {@code Instant} request parameters ({@code updatedSince=…}) limited to years 1–9999, so that no
 * value a client sends can make a database statement fail.
 */
@Configuration(proxyBeanMethods = false)
class InputConfig implements WebMvcConfigurer {

    @Bean
    JacksonModule storableJsonModule() {
        return StorableJson.module();
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new InstantParameter());
    }

    /** Spring's own instant parsing (ISO-8601, RFC 1123), then the range; added last, so used first. */
    static final class InstantParameter implements Converter<String, Instant> {

        private final InstantFormatter formatter = new InstantFormatter();

        @Override
        public Instant convert(String source) {
            String text = source.strip();
            if (text.isEmpty()) {
                return null;
            }
            Instant instant;
            try {
                instant = formatter.parse(text, Locale.ROOT);
            } catch (ParseException | RuntimeException e) {
                throw new IllegalArgumentException("not an instant: " + text, e);
            }
            if (!RequestChecks.storable(instant)) {
                throw new InvalidValueException("validation.instant.range", "outside years 1 to 9999",
                        RequestChecks.EARLIEST.toString(), RequestChecks.LATEST.toString());
            }
            return instant;
        }
    }
}
