package dev.orbita.platform.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.Scope;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/v1/views}: saved views, who sees them, who changes them, the per-user default, validation. */
@IntegrationTest
class SavedViewsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoleCatalog roles;

    UserResponse owner;
    UserResponse teammate;
    UserResponse stranger;
    UserResponse admin;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        owner = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        stranger = fixtures.user("SALES_REP", fixtures.team().id());
        admin = fixtures.user("ADMIN", null);
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private String create(UserResponse user, String json) throws Exception {
        String body = mvc.perform(as(user, post("/api/v1/views")).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private List<String> names(UserResponse user, String resource) throws Exception {
        String body = mvc.perform(as(user, get("/api/v1/views").param("resource", resource)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].name");
    }

    @Test
    void aViewIsCreatedReadChangedAndDeletedByItsOwner() throws Exception {
        String name = Fixtures.unique("Gold leads");
        String body = mvc.perform(as(owner, post("/api/v1/views")).content("""
                {"name":"%s","resource":"accounts","filters":{"tier":"GOLD","lifecycleStage":"LEAD"},
                 "sort":"updatedAt,desc","columns":["name","tier","ownerName"],"size":50}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.resource").value("accounts"))
                .andExpect(jsonPath("$.filters.tier").value("GOLD"))
                .andExpect(jsonPath("$.sort").value("updatedAt,desc"))
                .andExpect(jsonPath("$.columns[1]").value("tier"))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.shared").value("PRIVATE"))
                .andExpect(jsonPath("$.default").value(false))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(as(owner, get("/api/v1/views/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.filters.lifecycleStage").value("LEAD"));
        mvc.perform(as(owner, patch("/api/v1/views/" + id)).content("""
                {"name":"Renamed","filters":{"tier":null},"shared":"TEAM"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed"))
                .andExpect(jsonPath("$.filters.tier").doesNotExist())
                .andExpect(jsonPath("$.filters.lifecycleStage").value("LEAD"))
                .andExpect(jsonPath("$.shared").value("TEAM"))
                .andExpect(jsonPath("$.columns[2]").value("ownerName"));
        mvc.perform(as(owner, put("/api/v1/views/" + id)).content("""
                {"name":"Replaced","resource":"accounts","shared":"PRIVATE"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Replaced"))
                .andExpect(jsonPath("$.filters.lifecycleStage").doesNotExist())
                .andExpect(jsonPath("$.columns").isEmpty());
        mvc.perform(as(owner, delete("/api/v1/views/" + id))).andExpect(status().isNoContent());
        mvc.perform(as(owner, get("/api/v1/views/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void privateViewsAreTheOwnersTeamViewsTheTeamsAndAllViewsEveryones() throws Exception {
        String mine = Fixtures.unique("Private");
        String ours = Fixtures.unique("Team");
        String everyones = Fixtures.unique("Everyone");
        String privateId = create(owner, "{\"name\":\"%s\",\"resource\":\"accounts\"}".formatted(mine));
        create(owner, "{\"name\":\"%s\",\"resource\":\"accounts\",\"shared\":\"TEAM\"}".formatted(ours));
        create(owner, "{\"name\":\"%s\",\"resource\":\"accounts\",\"shared\":\"ALL\"}".formatted(everyones));

        assertThat(names(owner, "accounts")).contains(mine, ours, everyones);
        assertThat(names(teammate, "accounts")).contains(ours, everyones).doesNotContain(mine);
        assertThat(names(stranger, "accounts")).contains(everyones).doesNotContain(mine, ours);
        assertThat(names(owner, "contacts")).doesNotContain(mine, ours, everyones);
        mvc.perform(as(teammate, get("/api/v1/views/" + privateId))).andExpect(status().isNotFound());
        mvc.perform(as(stranger, get("/api/v1/views/" + privateId))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesOrDeletesAView() throws Exception {
        String id = create(owner, "{\"name\":\"%s\",\"resource\":\"contacts\",\"shared\":\"ALL\"}"
                .formatted(Fixtures.unique("Shared")));
        mvc.perform(as(stranger, patch("/api/v1/views/" + id)).content("{\"name\":\"Taken over\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(stranger, put("/api/v1/views/" + id)).content("{\"name\":\"Taken over\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(stranger, delete("/api/v1/views/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(owner, get("/api/v1/views/" + id))).andExpect(jsonPath("$.name").value(
                org.hamcrest.Matchers.startsWith("Shared")));

        mvc.perform(as(admin, patch("/api/v1/views/" + id)).content("{\"name\":\"Tidied by admin\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Tidied by admin"));
        mvc.perform(as(admin, delete("/api/v1/views/" + id))).andExpect(status().isNoContent());
        mvc.perform(as(owner, get("/api/v1/views/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void theDefaultIsPerUserAndAnyoneMayMakeASharedViewTheirDefault() throws Exception {
        String first = create(owner, "{\"name\":\"%s\",\"resource\":\"accounts\",\"shared\":\"ALL\",\"default\":true}"
                .formatted(Fixtures.unique("First")));
        String second = create(owner, "{\"name\":\"%s\",\"resource\":\"accounts\",\"shared\":\"ALL\"}"
                .formatted(Fixtures.unique("Second")));
        mvc.perform(as(owner, get("/api/v1/views/" + first))).andExpect(jsonPath("$.default").value(true));
        mvc.perform(as(stranger, get("/api/v1/views/" + first))).andExpect(jsonPath("$.default").value(false));

        // someone else's shared view: they may make it their own default, and nothing else
        mvc.perform(as(stranger, patch("/api/v1/views/" + second)).content("{\"default\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.default").value(true))
                .andExpect(jsonPath("$.mine").value(false));
        mvc.perform(as(owner, get("/api/v1/views/" + second))).andExpect(jsonPath("$.default").value(false));
        mvc.perform(as(owner, get("/api/v1/views/" + first))).andExpect(jsonPath("$.default").value(true));

        // one default per user and list: a new one replaces the old
        mvc.perform(as(owner, patch("/api/v1/views/" + second)).content("{\"default\":true}"))
                .andExpect(jsonPath("$.default").value(true));
        mvc.perform(as(owner, get("/api/v1/views/" + first))).andExpect(jsonPath("$.default").value(false));
        mvc.perform(as(owner, patch("/api/v1/views/" + second)).content("{\"default\":false}"))
                .andExpect(jsonPath("$.default").value(false));
        mvc.perform(as(stranger, get("/api/v1/views/" + second))).andExpect(jsonPath("$.default").value(true));
    }

    @Test
    void invalidViewsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        int before = names(owner, "accounts").size();
        mvc.perform(as(owner, post("/api/v1/views")).content("{\"name\":\"X\",\"resource\":\"spaceships\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("resource"));
        mvc.perform(as(owner, post("/api/v1/views")).content("{\"name\":\"  \",\"resource\":\"accounts\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(as(owner, post("/api/v1/views")).content("{\"name\":\"%s\",\"resource\":\"accounts\"}"
                .formatted("n".repeat(101))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(as(owner, post("/api/v1/views")).content(
                "{\"name\":\"X\",\"resource\":\"accounts\",\"columns\":[\"name\",\"horsepower\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("columns"));
        mvc.perform(as(owner, post("/api/v1/views")).content(
                "{\"name\":\"X\",\"resource\":\"accounts\",\"filters\":{\"colour\":\"red\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("filters.colour"));
        mvc.perform(as(owner, post("/api/v1/views")).content(
                "{\"name\":\"X\",\"resource\":\"accounts\",\"filters\":{\"tier\":\"PLATINUM-PLUS\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("filters"));
        mvc.perform(as(owner, post("/api/v1/views")).content(
                "{\"name\":\"X\",\"resource\":\"accounts\",\"sort\":\"horsepower,desc\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(as(owner, post("/api/v1/views")).content(
                "{\"name\":\"X\",\"resource\":\"accounts\",\"sort\":\"name,sideways\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(as(owner, post("/api/v1/views")).content(
                "{\"name\":\"X\",\"resource\":\"accounts\",\"shared\":\"WORLD\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("shared"));
        mvc.perform(as(owner, post("/api/v1/views")).content("{\"name\":\"X\",\"resource\":\"accounts\",\"size\":7}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(as(owner, get("/api/v1/views").param("resource", "spaceships")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("resource"));
        assertThat(names(owner, "accounts")).hasSize(before);

        String id = create(owner, "{\"name\":\"Valid\",\"resource\":\"accounts\"}");
        mvc.perform(as(owner, patch("/api/v1/views/" + id)).content("{\"name\":\"\",\"sort\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "sort")));
        mvc.perform(as(owner, get("/api/v1/views/" + id))).andExpect(jsonPath("$.name").value("Valid"));
    }

    @Test
    void aViewOfAListTheUserMayNotReadIsNeitherListedNorOpened() throws Exception {
        UserResponse technician = fixtures.user("FIELD_TECHNICIAN", null);
        String id = create(owner, "{\"name\":\"%s\",\"resource\":\"contacts\",\"shared\":\"ALL\"}"
                .formatted(Fixtures.unique("Contacts for all")));
        mvc.perform(as(technician, get("/api/v1/views/" + id))).andExpect(status().isOk());
        var before = roles.grants("FIELD_TECHNICIAN");
        try {
            roles.changeScopes("FIELD_TECHNICIAN", "CONTACT", Scope.NONE, Scope.NONE);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
                    .perform(as(technician, get("/api/v1/views/" + id))).andExpect(status().isNotFound()));
            mvc.perform(as(technician, get("/api/v1/views").param("resource", "contacts")))
                    .andExpect(status().isForbidden());
            mvc.perform(as(technician, post("/api/v1/views")).content("{\"name\":\"Mine\",\"resource\":\"contacts\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(as(technician, get("/api/v1/views").param("resource", "accounts"))).andExpect(status().isOk());
        } finally {
            roles.changeScopes("FIELD_TECHNICIAN", "CONTACT", before.read("CONTACT"), before.write("CONTACT"));
        }
    }
}
