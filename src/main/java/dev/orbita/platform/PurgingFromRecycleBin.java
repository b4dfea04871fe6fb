package dev.orbita.platform;

import dev.orbita.shared.RecordRef;

/**
 * A record whose time in the recycle bin ran out is about to be removed for good: published synchronously by
 * {@link RecycleBin} in the purge's transaction, under the record's row lock and without a signed-in user. A module
 * whose rows point at the record lets go of it here (contacts of a purged account lose their account), through its
 * domain, so that those rows get a new version and a history entry by the system.
 */
public record PurgingFromRecycleBin(RecordRef record) {
}
