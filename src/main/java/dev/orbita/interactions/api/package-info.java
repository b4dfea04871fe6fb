/** What other modules use to add entries to a customer's timeline. */
@org.springframework.modulith.NamedInterface("api")
package dev.orbita.interactions.api;
