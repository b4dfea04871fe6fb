package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserRequest;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SqlStatements;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A token's principal is reused for a few seconds, yet revocation, expiry, deactivation and role
 * changes take effect on the very next request on this node.
 */
@IntegrationTest
class ApiTokenReuseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SqlStatements sql;

    @Autowired
    UserManagement users;

    private record Created(String token, String id) {
    }

    private Created token(UserResponse user, Instant expiresAt) throws Exception {
        String body = mvc.perform(post("/api/v1/me/api-tokens").with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(expiresAt == null ? "{\"name\":\"ERP\"}"
                        : "{\"name\":\"ERP\",\"expiresAt\":\"" + expiresAt + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Created(JsonPath.read(body, "$.token"), JsonPath.read(body, "$.id"));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, Created token) {
        return request.header("Authorization", "Bearer " + token.token());
    }

    @Test
    void aTokenSeenMomentsAgoCostsNoStatementToAuthenticate() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        Created token = token(rep, null);

        var first = sql.during(() -> mvc.perform(bearer(get("/api/v1/accounts?size=1"), token))
                .andExpect(status().isOk()));
        var second = sql.during(() -> mvc.perform(bearer(get("/api/v1/accounts?size=1"), token))
                .andExpect(status().isOk()));
        assertThat(first.statements()).as("first use reads the token: " + first).anyMatch(ApiTokenReuseTests::byHash);
        assertThat(second.statements()).as("second use: " + second).noneMatch(ApiTokenReuseTests::byHash)
                .noneMatch(s -> s.contains(" from users "));
        assertThat(second.count()).isLessThan(first.count());
    }

    private static boolean byHash(String statement) {
        return statement.matches("(?s).*from api_tokens .*token_hash\\s*=.*");
    }

    @Test
    void aRevokedTokenIsRefusedOnTheVeryNextRequest() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        Created token = token(rep, null);
        Created other = token(rep, null);
        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/accounts"), other)).andExpect(status().isOk());

        // revoked through another credential: nothing on the token's own path forgets it
        mvc.perform(delete("/api/v1/me/api-tokens/" + token.id()).with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());

        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/accounts"), other)).andExpect(status().isOk());
    }

    @Test
    void anExpiredTokenIsRefusedOnTheVeryNextRequest() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        Instant expiresAt = Instant.now().plusMillis(1500);
        Created token = token(rep, expiresAt);
        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isOk());

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 50);

        assertThat(Instant.now()).isAfter(expiresAt);
        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedOnTheVeryNextRequest() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        Created token = token(rep, null);
        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isOk());

        users.update(rep.id(), request(rep, List.of("SALES_REP"), false), null);

        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleTakenAwayIsTakenAwayOnTheVeryNextRequest() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        Created token = token(rep, null);
        String account = "{\"name\":\"" + Fixtures.unique("Loja") + "\"}";
        mvc.perform(bearer(post("/api/v1/accounts"), token).contentType(MediaType.APPLICATION_JSON).content(account))
                .andExpect(status().isCreated());

        users.update(rep.id(), request(rep, List.of("READ_ONLY"), true), null);

        mvc.perform(bearer(post("/api/v1/accounts"), token).contentType(MediaType.APPLICATION_JSON).content(account))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/v1/accounts"), token)).andExpect(status().isOk());
    }

    private static UserRequest request(UserResponse user, List<String> roles, boolean active) {
        return new UserRequest(user.username(), null, user.fullName(), user.email(), "en", "America/Sao_Paulo",
                roles, user.teamId(), active);
    }
}
