package dev.orbita.platform.web.admin;

import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.ValidationException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/** Puts the violations a service reported next to the form fields they name. */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * Each violation becomes an error of the form property it names ({@code roles[1]} counts as
     * {@code roles}); a violation of something the form does not have becomes a global error.
     */
    static void copy(ValidationException e, BindingResult result) {
        Object target = result.getTarget();
        var accessor = target == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(target);
        for (FieldViolation v : e.violations()) {
            String field = v.field();
            int bracket = field.indexOf('[');
            String property = bracket > 0 ? field.substring(0, bracket) : field;
            if (accessor != null && accessor.isReadableProperty(property)) {
                result.rejectValue(property, v.messageKey(), v.args(), v.messageKey());
            } else {
                result.reject(v.messageKey(), v.args(), v.messageKey());
            }
        }
    }
}
