package dev.orbita.web.form;

import java.util.List;

/** A form whose field labels are message keys under these prefixes, tried in order (see {@link ErrorSummary}). */
public interface LabelledForm {

    List<String> labelPrefixes();
}
