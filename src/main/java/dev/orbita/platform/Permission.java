package dev.orbita.platform;

/** What a role may do beyond reading and writing within its scopes; kept per role in the database. */
public enum Permission {
    /** Give records to another owner or team, and choose the owner of a new record. */
    REASSIGN_RECORDS
}
