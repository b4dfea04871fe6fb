package dev.orbita.interactions.api;

import java.util.UUID;

/**
 * Adds entries to a customer's timeline with the caller's visibility and write scope, as the REST API does: a
 * contact or account the caller may not see is a field error, invalid fields a {@code ValidationException}.
 */
public interface InteractionLog {

    /** @return the new interaction's id */
    UUID log(NewInteraction entry);
}
