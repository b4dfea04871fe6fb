package dev.orbita.web.form;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Every form binder grows row lists only up to {@link FormRows#INDEX_LIMIT}. */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(FormRows.INDEX_LIMIT);
    }
}
