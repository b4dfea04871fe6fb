package dev.orbita.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Record visibility for the current request: which records of each record type (by its code,
 * {@link RecordType#code()}) the caller may read and write.
 */
public interface Visibility {

    Optional<CurrentUser> currentUser();

    CurrentUser requireUser();

    AccessScope readScope(String recordType);

    AccessScope writeScope(String recordType);

    default boolean canRead(String recordType, UUID ownerId, UUID teamId) {
        return readScope(recordType).permits(ownerId, teamId);
    }

    default boolean canWrite(String recordType, UUID ownerId, UUID teamId) {
        return writeScope(recordType).permits(ownerId, teamId);
    }
}
