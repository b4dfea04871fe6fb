package dev.orbita.platform;

/** How far a role reaches, for reading or for writing records that have an owner and a team. */
public enum Scope {
    /** Nothing. */
    NONE,
    /** Records the user owns. */
    OWN,
    /** Records the user owns, plus those of the user's team and of the teams the user manages. */
    TEAM,
    /** Every record. */
    ALL;

    public Scope widest(Scope other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
