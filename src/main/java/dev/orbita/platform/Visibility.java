package dev.orbita.platform;

import java.util.Optional;
import java.util.UUID;

/** Record visibility for the current request: which owned records the caller may read and write. */
public interface Visibility {

    Optional<CurrentUser> currentUser();

    CurrentUser requireUser();

    AccessScope readScope();

    AccessScope writeScope();

    default boolean canRead(UUID ownerId, UUID teamId) {
        return readScope().permits(ownerId, teamId);
    }

    default boolean canWrite(UUID ownerId, UUID teamId) {
        return writeScope().permits(ownerId, teamId);
    }
}
