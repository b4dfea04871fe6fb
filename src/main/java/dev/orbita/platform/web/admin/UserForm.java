package dev.orbita.platform.web.admin;

import dev.orbita.platform.identity.UserRequest;
import dev.orbita.platform.identity.UserResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the user form binds: only the fields an administrator may set, never the entity. Property
 * names equal the field names of the validation errors {@code UserManagement} reports.
 */
class UserForm {

    static final String DEFAULT_LANGUAGE = "pt-BR";
    static final String DEFAULT_TIME_ZONE = "America/Sao_Paulo";

    private String username;
    private String password;
    private String fullName;
    private String email;
    private String language = DEFAULT_LANGUAGE;
    private String timeZone = DEFAULT_TIME_ZONE;
    private List<String> roles = new ArrayList<>();
    private UUID teamId;
    private boolean active = true;
    private Long version;

    static UserForm of(UserResponse user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email();
        form.language = user.language();
        form.timeZone = user.timeZone();
        form.roles = new ArrayList<>(user.roles());
        form.teamId = user.teamId();
        form.active = user.active();
        form.version = user.version();
        return form;
    }

    /** The request for creating a user. */
    UserRequest toCreateRequest() {
        return new UserRequest(trim(username), password, fullName, trim(email), blankToNull(language),
                blankToNull(timeZone), roles == null ? List.of() : roles, teamId, active);
    }

    /** The request for changing a user: the username stays as it is; an empty password keeps the old one. */
    UserRequest toUpdateRequest() {
        return new UserRequest(null, password == null || password.isEmpty() ? null : password, fullName, trim(email),
                blankToNull(language), blankToNull(timeZone), roles == null ? List.of() : roles, teamId, active);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public void setTeamId(UUID teamId) {
        this.teamId = teamId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
