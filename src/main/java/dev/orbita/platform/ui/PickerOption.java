package dev.orbita.platform.ui;

import java.util.UUID;

/** One choice of a record picker: the record's id, its name and a second line (tax id, city, e-mail…). */
public record PickerOption(UUID id, String title, String subtitle) {
}
