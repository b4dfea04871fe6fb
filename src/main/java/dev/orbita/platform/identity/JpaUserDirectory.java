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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

    private final UserRepository users;
    private final TeamRepository teams;
    private final NamedParameterJdbcTemplate jdbc;

    JpaUserDirectory(UserRepository users, TeamRepository teams, NamedParameterJdbcTemplate jdbc) {
        this.users = users;
        this.teams = teams;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserSummary> findUser(UUID id) {
        return id == null ? Optional.empty() : users.findById(id).map(JpaUserDirectory::summary);
    }

    @Override
    /** One plain query (the owners of a list page): no entities, no persistence context; none for no ids. */
    public Map<UUID, UserSummary> findUsers(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select id, username, full_name, team_id, active from users where id in (:ids)",
                Map.of("ids", wanted), (rs, n) -> new UserSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getBoolean(5)))
                .stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
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
