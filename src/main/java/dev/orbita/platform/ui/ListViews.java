package dev.orbita.platform.ui;

import java.util.Map;

/**
 * Saved views and column choices of list pages, kept on the server per user (ADR 022). A list page calls
 * {@link #open} with its request's parameters and runs the filters and sort of the answer through its
 * own list query; the shell's list fragments render the views menu and the column chooser.
 */
public interface ListViews {

    /**
     * The state of the list {@code resource} for the signed-in user and this request: a view named by
     * {@code view=<id>} (if the user may see it), else their default view when the address names no list
     * parameter; the address's own parameters override the view's; columns and page size from the
     * address, else the view, else the user's choice.
     */
    ListState open(String resource, Map<String, String[]> query);
}
