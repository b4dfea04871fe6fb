package dev.orbita.platform.ui;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.NavGroup;
import java.util.Objects;

/**
 * One link of the left navigation.
 *
 * @param group the navigation group it is listed under
 * @param key unique among all items; a page marks its item active with the model attribute
 *        {@code activeNav} equal to this key ({@code accounts})
 * @param labelKey message key of the link text
 * @param url where the link goes ({@code /accounts})
 * @param icon name of a shell icon ({@code layout/fragments :: icon}); {@code null} for a neutral dot
 * @param order position inside the group, smaller first
 * @param requiredRole the role a user must have to see the item ({@code ADMIN}), or {@code null} for everyone
 */
public record NavItem(NavGroup group, String key, String labelKey, String url, String icon, int order,
        String requiredRole) {

    public NavItem {
        Objects.requireNonNull(group, "group");
        UiKeys.key(key, "nav item key");
        Objects.requireNonNull(labelKey, "labelKey");
        UiKeys.path(url, "nav item url");
    }

    /** An item everyone sees. */
    public NavItem(NavGroup group, String key, String labelKey, String url, String icon, int order) {
        this(group, key, labelKey, url, icon, order, null);
    }

    public boolean visibleTo(CurrentUser user) {
        return requiredRole == null || user != null && user.roles().contains(requiredRole);
    }
}
