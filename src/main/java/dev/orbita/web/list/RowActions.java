package dev.orbita.web.list;

/**
 * What a list table offers on its rows besides their cells (issue 7 §3, §5): the selection checkbox bound to the
 * selection bar's form, and the edit-in-place button of an editable cell. The bulk kernel's bar answers it; a
 * list without one renders plain rows.
 */
public interface RowActions {

    /** The list resource ({@code accounts}): the cell-edit addresses are {@code /lists/<resource>/rows/…}. */
    String resource();

    /** The id of the selection bar's form, which each row's checkbox joins through {@code form=}. */
    String formId();

    /** Whether this user may edit a cell edited as {@code edit} (an owner only when they may reassign). */
    boolean mayEdit(CellEdit edit);
}
