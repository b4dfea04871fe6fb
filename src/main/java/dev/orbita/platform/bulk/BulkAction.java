package dev.orbita.platform.bulk;

/** What a bulk action does to each record. */
public enum BulkAction {
    /** New owner and/or team ({@code ownerId}, {@code teamId}); the team follows a new owner unless one is given. */
    ASSIGN,
    /** Adds {@code tag} where it is missing. */
    ADD_TAG,
    /** Removes {@code tag} where it is present. */
    REMOVE_TAG,
    /** Sets the lifecycle stage to {@code stage}. */
    SET_STAGE,
    /** Moves the record to the recycle bin. */
    DELETE
}
