package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserRequest;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An identity change applies to every open session on its next request: a demoted administrator
 * loses the admin pages, a deactivated user and a user whose password changed are signed out.
 */
@IntegrationTest
class SessionIdentityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserManagement users;

    private Cookie signIn(UserResponse user, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", user.username()).param("password", password)
                .with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("a session cookie").isNotNull();
        return session;
    }

    private UserRequest change(UserResponse u, List<String> roles, boolean active, String password) {
        return new UserRequest(u.username(), password, u.fullName(), u.email(), u.language(), u.timeZone(), roles,
                u.teamId(), active);
    }

    @Test
    void aDemotedAdministratorLosesTheAdminPagesAndADeactivatedOneIsSignedOut() throws Exception {
        UserResponse admin = fixtures.user("ADMIN", null);
        Cookie session = signIn(admin, Fixtures.PASSWORD);
        mvc.perform(get("/admin/users/new").cookie(session)).andExpect(status().isOk());

        users.update(admin.id(), change(admin, List.of("READ_ONLY"), true, null), null);
        mvc.perform(get("/admin/users/new").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", "sneaky"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/accounts").cookie(session)).andExpect(status().isOk());

        UserResponse demoted = users.user(admin.id());
        users.update(admin.id(), change(demoted, List.of("READ_ONLY"), false, null), null);
        mvc.perform(get("/accounts").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/accounts").cookie(session)) // the session is gone
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aPasswordChangeEndsOpenSessionsButNotTheNewPasswordsOnes() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", null);
        Cookie old = signIn(rep, Fixtures.PASSWORD);
        mvc.perform(get("/accounts").cookie(old)).andExpect(status().isOk());

        String newPassword = "another-long-passphrase";
        users.update(rep.id(), change(rep, rep.roles(), true, newPassword), null);
        mvc.perform(get("/accounts").cookie(old).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/login?expired"));

        Cookie fresh = signIn(rep, newPassword);
        mvc.perform(get("/accounts").cookie(fresh)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts").with(httpBasic(rep.username(), newPassword))).andExpect(status().isOk());
    }

    @Test
    void theSignInPageSaysWhyTheSessionEnded() throws Exception {
        mvc.perform(get("/login").param("expired", "").param("lang", "en")).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("this session ended")));
    }
}
