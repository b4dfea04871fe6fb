package dev.orbita.platform.identity;

import dev.orbita.platform.TeamSummary;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.ui.PickerOption;
import dev.orbita.platform.ui.PickerSource;
import dev.orbita.shared.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The pickers of users ({@code USER}: active users, by name or username, with their username and team) and teams
 * ({@code TEAM}), for any signed-in staff user: owners and teams are shown on every record anyway. Matched without
 * accents or case on any word's start.
 */
@Component
class DirectoryPickerSource implements PickerSource {

    static final String USER = "USER";
    static final String TEAM = "TEAM";

    private final UserDirectory directory;
    private final Visibility visibility;

    DirectoryPickerSource(UserDirectory directory, Visibility visibility) {
        this.directory = directory;
        this.visibility = visibility;
    }

    @Override
    public boolean answers(String type) {
        return USER.equals(type) || TEAM.equals(type);
    }

    @Override
    public List<PickerOption> find(String type, String typed, int limit) {
        if (!staff()) {
            return List.of();
        }
        String query = Names.fold(typed == null ? "" : typed.strip());
        if (TEAM.equals(type)) {
            return directory.teams().stream().filter(t -> matches(query, t.name())).limit(limit)
                    .map(t -> new PickerOption(t.id(), t.name(), null)).toList();
        }
        Map<UUID, String> teams = teamNames();
        return directory.activeUsers().stream().filter(u -> matches(query, u.fullName()) || matches(query, u.username()))
                .limit(limit).map(u -> user(u, teams)).toList();
    }

    @Override
    public Optional<PickerOption> byId(String type, UUID id) {
        if (!staff()) {
            return Optional.empty();
        }
        if (TEAM.equals(type)) {
            return directory.findTeam(id).map(t -> new PickerOption(t.id(), t.name(), null));
        }
        return directory.findUser(id).map(u -> user(u, teamNames()));
    }

    private boolean staff() {
        return visibility.currentUser().filter(u -> u.kind() == dev.orbita.platform.CurrentUser.Kind.STAFF).isPresent();
    }

    private Map<UUID, String> teamNames() {
        return directory.teams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    private static PickerOption user(UserSummary u, Map<UUID, String> teams) {
        String team = u.teamId() == null ? null : teams.get(u.teamId());
        return new PickerOption(u.id(), u.fullName(), team == null ? u.username() : u.username() + " · " + team);
    }

    /** Empty text matches everything; otherwise some word of the name starts with what was typed (folded). */
    private static boolean matches(String query, String name) {
        if (query.isEmpty()) {
            return true;
        }
        String folded = Names.fold(name == null ? "" : name);
        if (folded.startsWith(query)) {
            return true;
        }
        for (String word : folded.split("[\\s._@-]+")) {
            if (word.startsWith(query)) {
                return true;
            }
        }
        return folded.contains(" " + query);
    }
}
