/**
 * Recently changed records: listens to the kernel's record-changed events (through the event
 * publication registry, so nothing is lost in a crash) and lists the latest changes the reader may
 * see, on the home page and at {@code /api/v1/recent-changes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recently changed")
package dev.orbita.recent;
