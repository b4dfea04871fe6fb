package dev.orbita.web;

import dev.orbita.shared.check.RequestChecks;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the application's JSON reader refuses in every request body of every module, before any
 * service sees it: text with NUL or a lone surrogate, and instants outside years 1–9999 (see
 * {@link RequestChecks#storable(CharSequence)}). Boot registers this module on its mapper; the
 * refusal names the field ({@link JsonValueException}).
 */
final class StorableJson {

    private StorableJson() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("orbita-storable-input");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(Instant.class, new InRangeInstant(InstantDeserializer.INSTANT));
        return module;
    }

    /** Every JSON string read as text, in records, lists and untyped maps (merge patches) alike. */
    static final class Text extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && !RequestChecks.storable(value)) {
                throw new JsonValueException(p, String.class, "validation.text");
            }
            return value;
        }
    }

    /** Jackson's own instant reader, then the range every database stores. */
    static final class InRangeInstant extends StdDeserializer<Instant> {

        private final ValueDeserializer<?> delegate;

        InRangeInstant(ValueDeserializer<?> delegate) {
            super(Instant.class);
            this.delegate = delegate;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            ValueDeserializer<?> contextual = delegate.createContextual(ctxt, property);
            return contextual == delegate ? this : new InRangeInstant(contextual);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            Instant value = (Instant) delegate.deserialize(p, ctxt);
            if (value != null && !RequestChecks.storable(value)) {
                throw new JsonValueException(p, Instant.class, "validation.instant.range",
                        RequestChecks.EARLIEST.toString(), RequestChecks.LATEST.toString());
            }
            return value;
        }
    }
}
