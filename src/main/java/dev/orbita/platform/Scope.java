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
    ALL,
    /**
     * Records of the principal's own customer account only: the scope of customer-portal principals,
     * never offered for staff roles.
     */
    CUSTOMER;

    /** The scopes an administrator may give a staff role. */
    public static final java.util.List<Scope> STAFF = java.util.List.of(NONE, OWN, TEAM, ALL);

    public Scope widest(Scope other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(Scope s) {
        return s == CUSTOMER ? 0 : s.ordinal();
    }
}
