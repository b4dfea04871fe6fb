/**
 * Interactions (issue 8): one record per touchpoint with a customer (a call, a visit, an e-mail, a note …), on the
 * timeline of its contact and account. Other modules add entries through {@link dev.orbita.interactions.api} or by
 * publishing {@link dev.orbita.platform.TimelineEntryRequested}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interactions")
package dev.orbita.interactions;
