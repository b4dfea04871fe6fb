package dev.orbita.platform.bulk;

import dev.orbita.web.export.ExportRequest;
import java.util.List;
import java.util.UUID;

/**
 * A record type's bulk actions and cell edits in place, declared as a bean by the module that owns the type. The kernel checks the request,
 * resolves the selection and calls {@link #apply} once per record, each call in its own transaction; whatever the
 * record type's single edit would refuse (not visible → 404, not writable or not allowed to reassign → 403, stale →
 * 409, invalid → 422) is reported for that record and the others go on.
 */
public interface BulkTarget {

    /** The list's resource name: {@code /api/v1/{resource}/bulk} and the list page's {@code ListResource} name. */
    String resource();

    /** The record type code (ACCOUNT). */
    String recordType();

    /** The values SET_STAGE accepts (enum names, in order), or empty when the type has no stage. */
    List<String> stages();

    /** The enum prefix of the stage labels in the message bundles ({@code enum.LifecycleStage}). */
    default String stageLabelPrefix() {
        return "enum.LifecycleStage";
    }

    /**
     * The records matching the list's query parameters, by the API list's names (the list page's names are accepted
     * too). A value not understood is refused through {@link BulkFilter} (422 naming {@code filter.<name>}).
     */
    BulkSelection matching(BulkFilter filter);

    /**
     * Applies the change to one record through the record type's own write path (lock, visibility, permission,
     * version, validation, history, search, events). {@code version} is the version the client saw, or null.
     */
    void apply(UUID id, BulkChange change, Long version);

    /**
     * The whole list, unfiltered, as its export reads it with these columns (the export's {@code columns} parameter,
     * null for the defaults) and sort (null for the default): the kernel limits it to the chosen rows for "export the
     * selection". A bad column or sort is refused as by the list's own export.
     */
    ExportRequest<?> export(String columns, String sort);

    /** The record's current version, for an edit form (not visible → 404). */
    long version(UUID id);

    /**
     * Writes one field of one record from a list cell edited in place ({@code CellEdit.field()}; the value as the
     * user typed or chose it, blank for none) through the record's merge patch with the version the form was opened
     * at: stale → 409, invalid → 422 naming the field, not allowed → 403. A field the type does not edit in place is
     * refused with 422.
     */
    void editField(UUID id, String field, String value, long version);
}
