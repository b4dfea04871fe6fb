package dev.orbita.shared;

import java.util.ArrayList;
import java.util.List;

/** One or more fields of a request are invalid; nothing has been written. */
public class ValidationException extends RuntimeException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(violations.size() + " invalid field(s): " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(FieldViolation.of(field, messageKey, args)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Collects violations and throws them all at once. */
    public static final class Collector {
        private final List<FieldViolation> found = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            found.add(FieldViolation.of(field, messageKey, args));
            return this;
        }

        public <T> T value(String field, java.util.function.Supplier<T> parser) {
            try {
                return parser.get();
            } catch (InvalidValueException e) {
                found.add(FieldViolation.of(field, e.messageKey(), e.args()));
                return null;
            }
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
        }
    }
}
