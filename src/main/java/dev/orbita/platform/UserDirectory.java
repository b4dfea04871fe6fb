package dev.orbita.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read access to users and teams for other modules (owner pickers, names in lists). */
public interface UserDirectory {

    Optional<UserSummary> findUser(UUID id);

    Map<UUID, UserSummary> findUsers(Collection<UUID> ids);

    List<UserSummary> activeUsers();

    List<TeamSummary> teams();

    Optional<TeamSummary> findTeam(UUID id);
}
