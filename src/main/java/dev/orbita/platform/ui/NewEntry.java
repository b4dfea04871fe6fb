package dev.orbita.platform.ui;

import dev.orbita.platform.CurrentUser;
import java.util.Objects;

/**
 * One entry of the top bar's "+ New" menu.
 *
 * @param labelKey message key of the entry ({@code account.new})
 * @param url the form that creates the record ({@code /accounts/new})
 * @param icon name of a shell icon, or {@code null}
 * @param order position in the menu, smaller first
 * @param requiredRole the role a user must have to see the entry, or {@code null} for everyone
 */
public record NewEntry(String labelKey, String url, String icon, int order, String requiredRole) {

    public NewEntry {
        Objects.requireNonNull(labelKey, "labelKey");
        UiKeys.path(url, "new entry url");
    }

    /** An entry everyone sees. */
    public NewEntry(String labelKey, String url, String icon, int order) {
        this(labelKey, url, icon, order, null);
    }

    public boolean visibleTo(CurrentUser user) {
        return requiredRole == null || user != null && user.roles().contains(requiredRole);
    }
}
