/**
 * Saved views and column choices of list pages (ADR 022): {@code /api/v1/views}, the forms of the list
 * toolbar's views menu and column chooser, and the {@link dev.orbita.platform.ui.ListViews} a list page
 * opens its state with. Internal: other modules use {@code platform.ui}.
 */
package dev.orbita.platform.views;
