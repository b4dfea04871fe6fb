package dev.orbita.platform.bulk;

import dev.orbita.web.list.CellEdit;
import dev.orbita.web.list.RowActions;
import java.util.List;
import java.util.UUID;

/**
 * What the list table's selection bar ({@code shell/list :: table}) offers, in the model of every list page whose
 * record type declares a {@link BulkTarget}: the resource, the stages to choose from, whether the user may reassign,
 * and the form fields the bar binds ({@code ownerId}, {@code teamId}, always empty).
 */
public record BulkBar(String resource, List<String> stages, String stagePrefix, boolean mayReassign, int syncLimit)
        implements RowActions {

    public UUID getOwnerId() {
        return null;
    }

    public UUID getTeamId() {
        return null;
    }

    @Override
    public String formId() {
        return resource + "-bulk";
    }

    @Override
    public boolean mayEdit(CellEdit edit) {
        return edit != null && (edit.kind() != CellEdit.Kind.USER || mayReassign);
    }
}
