package dev.orbita.platform;

import dev.orbita.shared.RecordRef;

/**
 * A record is about to go to the recycle bin: published synchronously by {@link RecycleBin} in the transaction
 * of the delete, after the access checks and under the record's row lock. A listener of the owning module refuses
 * the delete by throwing a {@link dev.orbita.shared.ValidationException} (an account with sub-accounts).
 */
public record MovingToRecycleBin(RecordRef record) {
}
