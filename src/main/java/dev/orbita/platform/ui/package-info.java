/**
 * The shell's extension points for modules: what a module declares to appear in the interface without
 * touching another module's templates. A module declares one {@link dev.orbita.platform.ui.UiContributions}
 * bean with its navigation items, "+ New" entries, record tabs and record panels (Customer 360 cards);
 * {@link dev.orbita.platform.ui.UiExtensions} collects and orders them for the shell. Also the helpers
 * every page controller shares: {@link dev.orbita.platform.ui.ListLinks} for list pages and
 * {@link dev.orbita.platform.ui.Htmx} for fragment requests.
 */
@org.springframework.modulith.NamedInterface("ui")
package dev.orbita.platform.ui;
