package dev.orbita.platform.identity;

import dev.orbita.platform.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A role, how far it reaches by default over owned records (for reading and for writing) and what
 * it may do beyond that; scopes per record type are kept beside it ({@link RoleCatalog}).
 */
@Entity
@Table(name = "roles")
class RoleDefinition {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "read_scope", nullable = false)
    private Scope readScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "write_scope", nullable = false)
    private Scope writeScope;

    private int position;

    @Column(name = "may_reassign", nullable = false)
    private boolean mayReassign;

    protected RoleDefinition() {
    }

    public void changeScopes(Scope readScope, Scope writeScope) {
        this.readScope = readScope;
        this.writeScope = writeScope;
    }

    public void changeMayReassign(boolean mayReassign) {
        this.mayReassign = mayReassign;
    }

    public boolean isMayReassign() {
        return mayReassign;
    }

    public String getCode() {
        return code;
    }

    public Scope getReadScope() {
        return readScope;
    }

    public Scope getWriteScope() {
        return writeScope;
    }

    public int getPosition() {
        return position;
    }
}
