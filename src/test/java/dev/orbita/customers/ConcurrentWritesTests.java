package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Writes of one record take turns under its row lock: parallel merge patches without a version all
 * survive, nobody is refused for a version they never sent, every write raises the version by one,
 * and a new owner brings their team along.
 */
@IntegrationTest
class ConcurrentWritesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    UserResponse rep;
    UserResponse manager;
    UserResponse otherTeamRep;
    UUID otherTeam;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        otherTeam = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
        manager = fixtures.user("SALES_MANAGER", null);
        fixtures.makeManager(team, manager.id());
        fixtures.makeManager(otherTeam, manager.id());
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private long version(String path) throws Exception {
        String body = mvc.perform(as(rep, get(path))).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    @Test
    void parallelPatchesOfDifferentFieldsAllSurviveAndEachRaisesTheVersionByOne() throws Exception {
        String created = mvc.perform(as(rep, post("/api/v1/contacts")).content("{\"lastName\":\"%s\"}"
                .formatted(Fixtures.unique("Parallel")))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String path = "/api/v1/contacts/" + JsonPath.read(created, "$.id");
        assertThat(version(path)).isZero();

        List<String> patches = List.of("{\"firstName\":\"Ana\"}", "{\"jobTitle\":\"CFO\"}",
                "{\"responsibilities\":\"Budget\"}", "{\"notes\":\"Met at the fair\"}",
                "{\"preferredContactHours\":\"09:00-12:00\"}", "{\"timeZone\":\"Europe/Lisbon\"}",
                "{\"language\":\"pt-PT\"}", "{\"tags\":[\"vip\"]}");
        ExecutorService pool = Executors.newFixedThreadPool(patches.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String body : patches) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(as(rep, patch(path)).contentType("application/merge-patch+json").content(body))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).as("no one refused for a version never sent")
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        mvc.perform(as(rep, get(path)))
                .andExpect(jsonPath("$.firstName").value("Ana"))
                .andExpect(jsonPath("$.jobTitle").value("CFO"))
                .andExpect(jsonPath("$.responsibilities").value("Budget"))
                .andExpect(jsonPath("$.notes").value("Met at the fair"))
                .andExpect(jsonPath("$.preferredContactHours").value("09:00-12:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Lisbon"))
                .andExpect(jsonPath("$.language").value("pt-PT"))
                .andExpect(jsonPath("$.tags[0]").value("vip"))
                .andExpect(jsonPath("$.version").value(8));

        // one more patch, a full update, a patch with a stale version in the body
        mvc.perform(as(rep, patch(path)).contentType("application/merge-patch+json").content("{\"notes\":\"x\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(9));
        mvc.perform(as(rep, put(path)).content("{\"lastName\":\"Whole\",\"version\":9}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(10));
        mvc.perform(as(rep, patch(path)).contentType("application/merge-patch+json")
                .content("{\"notes\":\"y\",\"version\":9}")).andExpect(status().isConflict());
        mvc.perform(as(rep, patch(path)).contentType("application/merge-patch+json").header("If-Match", "\"9\"")
                .content("{\"notes\":\"y\"}")).andExpect(status().isPreconditionFailed());
        assertThat(version(path)).as("refused writes change nothing").isEqualTo(10);
    }

    @Test
    void deletingAnAccountKeepsItsContactsLinkedWhileItIsInTheRecycleBin() throws Exception {
        String account = JsonPath.read(mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"%s\"}"
                .formatted(Fixtures.unique("Closing")))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        String mine = JsonPath.read(mvc.perform(as(rep, post("/api/v1/contacts")).content(
                "{\"lastName\":\"%s\",\"accountId\":\"%s\"}".formatted(Fixtures.unique("Mine"), account)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // a manager of both teams links a contact of the other team to the account
        String theirs = JsonPath.read(mvc.perform(as(manager, post("/api/v1/contacts")).content(
                "{\"lastName\":\"%s\",\"accountId\":\"%s\",\"ownerId\":\"%s\"}"
                        .formatted(Fixtures.unique("Theirs"), account, otherTeamRep.id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        // the contacts are not written (ADR 021): a contact the deleting rep may not change is no obstacle
        mvc.perform(as(rep, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/accounts/" + account))).andExpect(status().isNoContent());
        for (String contact : java.util.List.of(mine, theirs)) {
            mvc.perform(as(manager, get("/api/v1/contacts/" + contact)))
                    .andExpect(jsonPath("$.accountId").value(account))
                    .andExpect(jsonPath("$.accountName").doesNotExist())
                    .andExpect(jsonPath("$.version").value(0));
        }
        // editing a contact meanwhile keeps the link it cannot show
        mvc.perform(as(rep, patch("/api/v1/contacts/" + mine)).contentType("application/merge-patch+json")
                .content("{\"jobTitle\":\"CFO\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.accountId").value(account));

        mvc.perform(as(rep, post("/api/v1/accounts/" + account + "/restore"))).andExpect(status().isNoContent());
        mvc.perform(as(otherTeamRep, get("/api/v1/contacts/" + theirs)))
                .andExpect(jsonPath("$.accountId").value(account)).andExpect(jsonPath("$.version").value(0));
        mvc.perform(as(rep, get("/api/v1/contacts/" + mine)))
                .andExpect(jsonPath("$.accountName").isNotEmpty()).andExpect(jsonPath("$.jobTitle").value("CFO"));
    }

    @Test
    void aNewOwnerBringsTheirTeamUnlessATeamIsGiven() throws Exception {
        String created = mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"%s\"}"
                .formatted(Fixtures.unique("Moving")))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String path = "/api/v1/accounts/" + JsonPath.read(created, "$.id");
        mvc.perform(as(manager, patch(path)).contentType("application/merge-patch+json")
                        .content("{\"ownerId\":\"%s\"}".formatted(otherTeamRep.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value(otherTeamRep.id().toString()))
                .andExpect(jsonPath("$.teamId").value(otherTeam.toString()))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(manager, patch(path)).contentType("application/merge-patch+json")
                        .content("{\"ownerId\":\"%s\",\"teamId\":\"%s\"}".formatted(rep.id(), otherTeam)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value(rep.id().toString()))
                .andExpect(jsonPath("$.teamId").value(otherTeam.toString()));
    }
}
