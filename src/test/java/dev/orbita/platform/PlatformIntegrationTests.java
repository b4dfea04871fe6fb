package dev.orbita.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Authentication, API tokens, login throttling, user administration, headers and operations endpoints. */
@IntegrationTest
class PlatformIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anonymousCallsAreRefusedWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/accounts")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer orb_forged"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/accounts")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void personalApiTokensAuthenticateUntilRevoked() throws Exception {
        UserResponse user = fixtures.user("SALES_REP", fixtures.team().id());
        String created = mvc.perform(post("/api/v1/me/api-tokens").with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ERP\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.token").value(containsString("orb_")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        String id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/api-tokens").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items[0].name").value("ERP"))
                .andExpect(jsonPath("$.items[0].token").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

        UserResponse other = fixtures.user("SALES_REP", null);
        mvc.perform(delete("/api/v1/me/api-tokens/" + id).with(httpBasic(other.username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/api-tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/me/api-tokens").with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void repeatedWrongPasswordsThrottleTheUsersPasswordSignIn() throws Exception {
        UserResponse user = fixtures.user("SALES_REP", null);
        // from an address of its own: the suite's other sign-ins share 127.0.0.1's budget
        String address = "172.16." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(254));
        org.springframework.test.web.servlet.request.RequestPostProcessor attacker = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts").with(httpBasic(user.username(), "wrong-password")).with(attacker))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts").with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value(containsString("too-many-attempts")));
        mvc.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void formLoginNeedsCsrfAndSignsIn() throws Exception {
        UserResponse user = fixtures.user("SALES_REP", null);
        mvc.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/"));
        // the session lives in the database, so any node can serve the next request
        Integer sessions = jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, user.username());
        org.assertj.core.api.Assertions.assertThat(sessions).isEqualTo(1);
        mvc.perform(post("/login").param("username", user.username()).param("password", "nope-nope-nope")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void onlyAdminsManageUsersAndPasswordsNeverLeave() throws Exception {
        UserResponse admin = fixtures.user("ADMIN", null);
        UserResponse rep = fixtures.user("SALES_REP", null);
        String username = Fixtures.unique("nova").toLowerCase();
        mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","password":"uma-senha-longa","fullName":"Nova Pessoa","roles":["SALES_REP"],
                         "language":"pt-PT","timeZone":"Europe/Lisbon"}""".formatted(username)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("uma-senha-longa"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("{bcrypt}"))));
        mvc.perform(post("/api/v1/users").with(httpBasic(admin.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","password":"short","fullName":"","roles":["WIZARD"],"timeZone":"Mars/Base"}"""
                        .formatted(username)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("username",
                        "password", "fullName", "roles[0]", "timeZone")));
        mvc.perform(get("/api/v1/users").with(httpBasic(admin.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("{bcrypt}"))));
        mvc.perform(get("/api/v1/users").with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/teams/" + java.util.UUID.randomUUID()).with(httpBasic(rep.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/teams").with(httpBasic(admin.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + Fixtures.unique("Equipe") + "\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void healthIsOpenMetricsAreForAdmins() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        UserResponse rep = fixtures.user("SALES_REP", null);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        UserResponse admin = fixtures.user("ADMIN", null);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jvm_memory")));
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/accounts']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contacts/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/search']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts/{id}'].put.responses['412']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }
}
