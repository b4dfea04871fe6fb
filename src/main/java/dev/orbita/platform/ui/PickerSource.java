package dev.orbita.platform.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a record picker finds its choices. The search module answers for every searchable record type
 * (through the search index, with the caller's read scope); a module adds a source for choices that are not
 * record types. Every answer holds only what the signed-in user may see.
 */
public interface PickerSource {

    /** Whether this source answers for {@code type} (a record type code such as ACCOUNT). */
    boolean answers(String type);

    /** Up to {@code limit} choices matching what the user typed, best first. */
    List<PickerOption> find(String type, String typed, int limit);

    /** The choice with this id, when the user may see it (the current value of a form field). */
    Optional<PickerOption> byId(String type, UUID id);
}
