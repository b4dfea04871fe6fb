package dev.orbita.platform.web.admin;

import dev.orbita.platform.identity.TeamRequest;
import dev.orbita.platform.identity.TeamResponse;
import java.util.UUID;

/** What the team form binds. Property names equal the field names of {@code UserManagement}'s validation errors. */
class TeamForm {

    private String name;
    private UUID managerId;
    private Long version;

    static TeamForm of(TeamResponse team) {
        TeamForm form = new TeamForm();
        form.name = team.name();
        form.managerId = team.managerId();
        form.version = team.version();
        return form;
    }

    TeamRequest toRequest() {
        return new TeamRequest(name, managerId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getManagerId() {
        return managerId;
    }

    public void setManagerId(UUID managerId) {
        this.managerId = managerId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
