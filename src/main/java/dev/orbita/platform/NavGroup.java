package dev.orbita.platform;

/** The navigation groups of the shell, in the order they are shown. */
public enum NavGroup {
    HOME, CUSTOMERS, SALES, SERVICE, MARKETING, FIELD, ANALYTICS, ADMIN;

    /** The message key of the group's heading. */
    public String labelKey() {
        return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
