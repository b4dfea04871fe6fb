package dev.orbita.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.orbita.platform.Scope;
import dev.orbita.platform.Permission;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.platform.identity.TeamRequest;
import dev.orbita.platform.identity.TeamResponse;
import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserRequest;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.platform.security.ApiTokens;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin pages (users, teams, roles) and the personal API token page, through the whole web
 * stack: security, forms, validation messages in the user's language, templates.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdminPagesTests {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Pattern SECRET = Pattern.compile("value=\"(orb_[A-Za-z0-9_-]{20,})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    RoleCatalog roles;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MessageSource messages;

    @Test
    void adminSeesTheUserListAndCreatesAUserThroughTheForm() throws Exception {
        UserDetails admin = signedIn("ADMIN", "en");
        String username = unique("maria");

        mvc.perform(get("/admin/users").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(view().name("platform/users/list"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Full name of " + admin.getUsername())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("New user")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Administrator")));

        mvc.perform(get("/admin/users/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"roles\"")));

        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username)
                        .param("password", "a-long-enough-password")
                        .param("fullName", "Maria Oliveira")
                        .param("email", username + "@example.com")
                        .param("language", "pt-PT")
                        .param("timeZone", "Europe/Lisbon")
                        .param("roles", "SALES_REP", "READ_ONLY").param("_roles", "on")
                        .param("teamId", "")
                        .param("active", "true").param("_active", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flash", "User Maria Oliveira created."));

        UserResponse created = users.users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
        assertThat(created.fullName()).isEqualTo("Maria Oliveira");
        assertThat(created.roles()).containsExactlyInAnyOrder("SALES_REP", "READ_ONLY");
        assertThat(created.language()).isEqualTo("pt-PT");
        assertThat(created.timeZone()).isEqualTo("Europe/Lisbon");
        assertThat(created.active()).isTrue();
    }

    @Test
    void anInvalidUserFormComesBackWithInlineErrorsInTheUsersLanguageAndCreatesNothing() throws Exception {
        UserDetails admin = signedIn("ADMIN", "pt-BR");
        String username = unique("joao");

        String html = mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username)
                        .param("password", "abc")
                        .param("fullName", "")
                        .param("language", "pt-BR")
                        .param("timeZone", "America/Sao_Paulo")
                        .param("roles", "SALES_REP").param("_roles", "on")
                        .param("_active", "on"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("platform/users/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"fullName-error\"", "id=\"password-error\"");
        assertThat(html).contains(escape(messages.getMessage("validation.required", null, PT_BR)));
        assertThat(html).contains(escape(messages.getMessage("validation.password", new Object[] { 10 }, PT_BR)));
        assertThat(html).contains("Nome completo", "Senha", "Usuário");
        assertThat(html).as("the shared error summary, a link per field (issue 7 §7)")
                .contains("data-error-summary", "2 campos precisam de atenção", "href=\"#password\"",
                        "href=\"#fullName\"", "id=\"fullName\"");
        assertThat(html).as("what was typed stays, except the password").contains("value=\"" + username + "\"")
                .doesNotContain("value=\"abc\"");
        assertThat(users.users()).noneMatch(u -> u.username().equals(username));
    }

    @Test
    void aPasswordOverBcryptsLimitComesBackAsAnInlineErrorOnCreateAndChange() throws Exception {
        Locale ptPt = Locale.forLanguageTag("pt-PT");
        UserDetails admin = signedIn("ADMIN", "pt-PT");
        String username = unique("emoji");
        String emoji = "\uD83D\uDE00".repeat(20); // 20 characters a user sees, 80 bytes in UTF-8
        String html = mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("password", emoji).param("fullName", "Emoji Person")
                        .param("language", "pt-PT").param("timeZone", "Europe/Lisbon")
                        .param("roles", "SALES_REP").param("_roles", "on").param("_active", "on"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        String message = messages.getMessage("validation.password.bytes", new Object[] { 72 }, ptPt);
        assertThat(message).contains("palavra-passe");
        assertThat(html).contains("id=\"password-error\"", escape(message));
        assertThat(users.users()).noneMatch(u -> u.username().equals(username));

        UserResponse target = users.create(new UserRequest(username, "a-long-enough-password", "Emoji Person", null,
                "pt-PT", "Europe/Lisbon", List.of("SALES_REP"), null, true));
        html = mvc.perform(post("/admin/users/{id}", target.id()).with(user(admin)).with(csrf())
                        .param("password", emoji).param("fullName", "Emoji Person").param("language", "pt-PT")
                        .param("timeZone", "Europe/Lisbon").param("roles", "SALES_REP").param("_roles", "on")
                        .param("active", "true").param("_active", "on").param("version", String.valueOf(target.version())))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"password-error\"", escape(message));
        assertThat(messages.getMessage("validation.password.bytes", new Object[] { 72 }, PT_BR)).contains("senha");
    }

    @Test
    void anAdminEditsAUserAndAStaleFormIsRefused() throws Exception {
        UserDetails admin = signedIn("ADMIN", "en");
        // read back: the version create() answers with can be behind the stored one
        UserResponse target = users.user(users.create(request(unique("pedro"), "SALES_REP", "en")).id());

        mvc.perform(get("/admin/users/{id}/edit", target.id()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Edit user")));

        mvc.perform(post("/admin/users/{id}", target.id()).with(user(admin)).with(csrf())
                        .param("fullName", "Pedro Alves").param("language", "en").param("timeZone", "UTC")
                        .param("roles", "SALES_MANAGER").param("_roles", "on")
                        .param("active", "true").param("_active", "on")
                        .param("password", "")
                        .param("version", String.valueOf(target.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "User Pedro Alves saved."));
        assertThat(users.user(target.id()).roles()).containsExactly("SALES_MANAGER");

        mvc.perform(post("/admin/users/{id}", target.id()).with(user(admin)).with(csrf())
                        .param("fullName", "Pedro Stale").param("language", "en").param("timeZone", "UTC")
                        .param("roles", "SALES_REP").param("_roles", "on")
                        .param("active", "true").param("_active", "on")
                        .param("version", String.valueOf(target.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Someone else changed this user while you were editing.")));
        assertThat(users.user(target.id()).fullName()).isEqualTo("Pedro Alves");
    }

    @Test
    void aSalesRepMayNotOpenTheAdminPages() throws Exception {
        UserDetails rep = signedIn("SALES_REP", "en");

        mvc.perform(get("/admin/users").with(user(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/teams").with(user(rep))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/SALES_REP").with(user(rep)).with(csrf()).param("readScope", "ALL")
                .param("writeScope", "ALL")).andExpect(status().isForbidden());
        assertThat(roles.grants("SALES_REP").write("ACCOUNT")).isNotEqualTo(Scope.ALL);
    }

    @Test
    void aTeamWithMembersIsNotDeleted() throws Exception {
        UserDetails admin = signedIn("ADMIN", "en");
        TeamResponse team = users.createTeam(new TeamRequest("Team " + unique("t"), null));
        users.create(new UserRequest(unique("member"), "a-long-enough-password", "A Member", null, "en", "UTC",
                List.of("SALES_REP"), team.id(), true));

        mvc.perform(get("/admin/teams").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(team.name())));
        mvc.perform(get("/admin/teams/{id}/edit", team.id()).with(user(admin))).andExpect(status().isOk());

        mvc.perform(post("/admin/teams/{id}/delete", team.id()).with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(escape(
                        capitalized(messages.getMessage("validation.team.notEmpty", null, Locale.ENGLISH))))));
        assertThat(users.teams()).anyMatch(t -> t.id().equals(team.id()));

        TeamResponse empty = users.createTeam(new TeamRequest("Team " + unique("e"), null));
        mvc.perform(post("/admin/teams/{id}/delete", empty.id()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.teams()).noneMatch(t -> t.id().equals(empty.id()));
    }

    @Test
    void theRolesPageSavesScopesButNeverLowersTheAdministrators() throws Exception {
        UserDetails admin = signedIn("ADMIN", "en");

        mvc.perform(get("/admin/roles").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Always full access")));

        var before = roles.grants("MARKETER");
        boolean mayReassign = roles.permissions("MARKETER").contains(Permission.REASSIGN_RECORDS);
        try {
            mvc.perform(post("/admin/roles/MARKETER").with(user(admin)).with(csrf())
                            .param("read_CONTACT", "TEAM").param("write_CONTACT", "OWN")
                            .param("read_ACCOUNT", before.read("ACCOUNT").name())
                            .param("write_ACCOUNT", before.write("ACCOUNT").name())
                            .param("mayReassign", "true"))
                    .andExpect(status().is3xxRedirection());
            assertThat(roles.grants("MARKETER").read("CONTACT")).isEqualTo(Scope.TEAM);
            assertThat(roles.grants("MARKETER").write("CONTACT")).isEqualTo(Scope.OWN);
            assertThat(roles.grants("MARKETER").read("ACCOUNT")).as("other record types keep their scopes")
                    .isEqualTo(before.read("ACCOUNT"));
            assertThat(roles.permissions("MARKETER")).contains(Permission.REASSIGN_RECORDS);
            // a role cannot be given the customer-portal scope through the form
            mvc.perform(post("/admin/roles/MARKETER").with(user(admin)).with(csrf())
                            .param("read_CONTACT", "CUSTOMER").param("write_CONTACT", "OWN"))
                    .andExpect(status().is3xxRedirection());
            assertThat(roles.grants("MARKETER").read("CONTACT")).isEqualTo(Scope.TEAM);
            assertThat(roles.permissions("MARKETER")).as("an unticked box takes the permission away")
                    .doesNotContain(Permission.REASSIGN_RECORDS);
        } finally {
            roles.changeScopes("MARKETER", "CONTACT", before.read("CONTACT"), before.write("CONTACT"));
            roles.changePermission("MARKETER", Permission.REASSIGN_RECORDS, mayReassign);
        }

        mvc.perform(post("/admin/roles/ADMIN").with(user(admin)).with(csrf())
                        .param("read_ACCOUNT", "NONE").param("write_ACCOUNT", "NONE").param("mayReassign", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(roles.grants("ADMIN").read("ACCOUNT")).isEqualTo(Scope.ALL);
        assertThat(roles.grants("ADMIN").write("ACCOUNT")).isEqualTo(Scope.ALL);
        assertThat(roles.permissions("ADMIN")).contains(Permission.REASSIGN_RECORDS);
    }

    @Test
    void aUserCreatesATokenAndSeesItsSecretOnlyOnce() throws Exception {
        UserDetails rep = signedIn("SALES_REP", "en");

        mvc.perform(get("/me/api-tokens").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No tokens yet")));

        String created = mvc.perform(post("/me/api-tokens").with(user(rep)).with(csrf())
                        .param("name", "Spreadsheet export").param("expiresAt", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("platform/tokens/list"))
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = SECRET.matcher(created);
        assertThat(matcher.find()).as("the new secret is on the page").isTrue();
        String secret = matcher.group(1);
        assertThat(created).contains("it will not be shown again");
        assertThat(tokens.authenticate(secret)).contains(((dev.orbita.platform.security.OrbitaPrincipal) rep).userId());

        String later = mvc.perform(get("/me/api-tokens").with(user(rep)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("Spreadsheet export", secret.substring(0, 10)).doesNotContain(secret);
    }

    @Test
    void aTokenWithAPastExpiryIsRefusedInline() throws Exception {
        UserDetails rep = signedIn("SALES_REP", "en");

        mvc.perform(post("/me/api-tokens").with(user(rep)).with(csrf())
                        .param("name", "Old").param("expiresAt", "2001-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"expiresAt-error\"")));
        assertThat(tokens.list(((dev.orbita.platform.security.OrbitaPrincipal) rep).userId())).isEmpty();
    }

    @Test
    void aUserCannotRevokeSomeoneElsesToken() throws Exception {
        UserDetails owner = signedIn("SALES_REP", "en");
        UserDetails other = signedIn("SALES_REP", "en");
        UUID ownerId = ((dev.orbita.platform.security.OrbitaPrincipal) owner).userId();
        ApiTokens.CreatedToken token = tokens.create(ownerId, "Owner's token", null);

        mvc.perform(post("/me/api-tokens/{id}/revoke", token.id()).with(user(other)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        assertThat(tokens.list(ownerId)).singleElement().satisfies(t -> assertThat(t.active()).isTrue());

        mvc.perform(post("/me/api-tokens/{id}/revoke", token.id()).with(user(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/me/api-tokens"));
        assertThat(tokens.list(ownerId)).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    private UserDetails signedIn(String role, String language) {
        String username = unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        users.create(request(username, role, language));
        return userDetailsService.loadUserByUsername(username);
    }

    private static UserRequest request(String username, String role, String language) {
        return new UserRequest(username, "a-long-enough-password", "Full name of " + username, null, language, "UTC",
                List.of(role), null, true);
    }

    private static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What Thymeleaf's th:text makes of a text: markup-significant characters escaped, the rest as is. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
