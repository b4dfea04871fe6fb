package dev.orbita.platform.identity;

import dev.orbita.platform.TeamSummary;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

    private final UserRepository users;
    private final TeamRepository teams;

    JpaUserDirectory(UserRepository users, TeamRepository teams) {
        this.users = users;
        this.teams = teams;
    }

    @Override
    public Optional<UserSummary> findUser(UUID id) {
        return id == null ? Optional.empty() : users.findById(id).map(JpaUserDirectory::summary);
    }

    @Override
    public Map<UUID, UserSummary> findUsers(Collection<UUID> ids) {
        return users.findAllById(ids.stream().filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .map(JpaUserDirectory::summary)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    @Override
    public List<UserSummary> activeUsers() {
        return users.findByActiveTrueOrderByFullName().stream().map(JpaUserDirectory::summary).toList();
    }

    @Override
    public List<TeamSummary> teams() {
        return teams.findAllByOrderByName().stream().map(JpaUserDirectory::summary).toList();
    }

    @Override
    public Optional<TeamSummary> findTeam(UUID id) {
        return id == null ? Optional.empty() : teams.findById(id).map(JpaUserDirectory::summary);
    }

    static UserSummary summary(User u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getFullName(), u.getTeamId(), u.isActive());
    }

    static TeamSummary summary(Team t) {
        return new TeamSummary(t.getId(), t.getName(), t.getManagerId());
    }
}
