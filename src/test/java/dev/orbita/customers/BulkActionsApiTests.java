package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /api/v1/{resource}/bulk} on accounts and contacts: each record goes through the rules of a single edit
 * and each refusal comes back with its status and reason; bad requests are refused whole with nothing written; large
 * selections run as background jobs that survive their node.
 */
@IntegrationTest
class BulkActionsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    UUID team;
    UserResponse manager;
    UserResponse rep;
    UserResponse teammate;
    UserResponse otherTeamRep;
    UserResponse reader;

    @BeforeEach
    void organisation() {
        team = fixtures.team().id();
        UUID otherTeam = fixtures.team().id();
        manager = fixtures.user("SALES_MANAGER", team);
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
        reader = fixtures.user("READ_ONLY", otherTeam);
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private String create(UserResponse user, String collection, String json) throws Exception {
        String body = mvc.perform(as(user, post("/api/v1/" + collection)).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String account(UserResponse owner, String name, String tag) throws Exception {
        return create(owner, "accounts", "{\"name\":\"%s\",\"tags\":[\"%s\"]}".formatted(name, tag));
    }

    private String read(UserResponse user, String path, String json) throws Exception {
        String body = mvc.perform(as(user, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return String.valueOf((Object) JsonPath.read(body, json));
    }

    private static String ids(String... ids) {
        return java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aManagerReassignsTheTeamsRecordsAndEachRecordOutOfSightIsRefusedWithItsReason() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        String a1 = account(rep, "Padaria Um " + tag, tag);
        String a2 = account(rep, "Padaria Dois " + tag, tag);
        String theirs = account(otherTeamRep, "Padaria Alheia " + tag, tag);
        String missing = UUID.randomUUID().toString();

        mvc.perform(as(manager, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "action": "ASSIGN", "ownerId": "%s"}""".formatted(ids(a1, a2, theirs, missing),
                        teammate.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(2))
                .andExpect(jsonPath("$.failed[*].id").value(containsInAnyOrder(theirs, missing)))
                .andExpect(jsonPath("$.failed[*].status").value(containsInAnyOrder(404, 404)))
                .andExpect(jsonPath("$.failed[0].detail").value("The record does not exist or you may not see it."));

        assertThat(read(manager, "/api/v1/accounts/" + a1, "$.ownerId")).isEqualTo(teammate.id().toString());
        assertThat(read(manager, "/api/v1/accounts/" + a2, "$.ownerId")).isEqualTo(teammate.id().toString());
        assertThat(read(manager, "/api/v1/accounts/" + a1, "$.version")).isEqualTo("1");
        assertThat(read(otherTeamRep, "/api/v1/accounts/" + theirs, "$.ownerId")).isEqualTo(otherTeamRep.id().toString());
        // the same history as a single edit
        mvc.perform(as(manager, get("/api/v1/accounts/" + a1 + "/history")))
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].actorName").value(manager.fullName()))
                .andExpect(jsonPath("$.items[0].fields[?(@.field == 'ownerId')].newValue").value(hasItem(teammate.fullName())));
    }

    @Test
    void aRepMayNotReassignAndAReaderMayNotChangeAnything() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        String mine = account(rep, "Oficina " + tag, tag);

        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "action": "ASSIGN", "ownerId": "%s"}""".formatted(ids(mine), teammate.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(0))
                .andExpect(jsonPath("$.failed[0].id").value(mine))
                .andExpect(jsonPath("$.failed[0].status").value(403))
                .andExpect(jsonPath("$.failed[0].detail").value("Only managers change the owner or team of records."));
        assertThat(read(rep, "/api/v1/accounts/" + mine, "$.ownerId")).isEqualTo(rep.id().toString());
        assertThat(read(rep, "/api/v1/accounts/" + mine, "$.version")).isEqualTo("0");

        mvc.perform(as(reader, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "action": "ADD_TAG", "tag": "lido"}""".formatted(ids(mine))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(0))
                .andExpect(jsonPath("$.failed[0].status").value(403))
                .andExpect(jsonPath("$.failed[0].detail").value("This record is outside what you may change."));
        mvc.perform(as(rep, get("/api/v1/accounts/" + mine))).andExpect(jsonPath("$.tags").value(not(hasItem("lido"))));
    }

    @Test
    void tagsAndStagesChangeEveryRecordMatchingAFilterAndOnlyThose() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            matching.add(account(rep, "Mercado %d %s".formatted(i, tag), tag));
        }
        String other = account(rep, "Mercado fora " + tag, "outra-" + tag);
        String contact = create(rep, "contacts", "{\"lastName\":\"Lima %s\",\"tags\":[\"%s\"]}".formatted(tag, tag));

        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"filter": {"tag": "%s"}, "action": "ADD_TAG", "tag": "VIP %s"}""".formatted(tag, tag)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done").value(3))
                .andExpect(jsonPath("$.failed").isEmpty());
        mvc.perform(as(rep, get("/api/v1/accounts").param("tag", "vip " + tag))).andExpect(jsonPath("$.total").value(3));
        mvc.perform(as(rep, get("/api/v1/accounts/" + other))).andExpect(jsonPath("$.tags").value(not(hasItem("vip " + tag))));

        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"filter": {"tag": "%s"}, "action": "SET_STAGE", "stage": "CUSTOMER"}""".formatted(tag)))
                .andExpect(jsonPath("$.done").value(3));
        mvc.perform(as(rep, get("/api/v1/accounts").param("tag", tag).param("lifecycleStage", "CUSTOMER")))
                .andExpect(jsonPath("$.total").value(3));

        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "action": "REMOVE_TAG", "tag": "vip %s"}""".formatted(ids(matching.get(0)), tag)))
                .andExpect(jsonPath("$.done").value(1));
        mvc.perform(as(rep, get("/api/v1/accounts").param("tag", "vip " + tag))).andExpect(jsonPath("$.total").value(2));

        // contacts through the same kernel; the page's own parameter names work too
        mvc.perform(as(rep, post("/api/v1/contacts/bulk")).content("""
                {"filter": {"tag": "%s", "owner": "%s"}, "action": "SET_STAGE", "stage": "LEAD"}""".formatted(tag,
                        rep.id())))
                .andExpect(jsonPath("$.done").value(1));
        assertThat(read(rep, "/api/v1/contacts/" + contact, "$.lifecycleStage")).isEqualTo("LEAD");
    }

    @Test
    void aRecordChangedSinceTheClientReadItIsRefusedAndDeleteGoesToTheRecycleBin() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        String a = account(rep, "Livraria " + tag, tag);
        String b = account(rep, "Livraria B " + tag, tag);
        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "action": "ADD_TAG", "tag": "once"}""".formatted(ids(a))))
                .andExpect(jsonPath("$.done").value(1));

        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "versions": {"%s": 0, "%s": 0}, "action": "DELETE"}""".formatted(ids(a, b), a, b)))
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.failed[0].id").value(a))
                .andExpect(jsonPath("$.failed[0].status").value(409));
        mvc.perform(as(rep, get("/api/v1/accounts/" + a))).andExpect(status().isOk());
        mvc.perform(as(rep, get("/api/v1/accounts/" + b))).andExpect(status().isNotFound());
        mvc.perform(as(rep, post("/api/v1/accounts/" + b + "/restore"))).andExpect(status().is2xxSuccessful());
        mvc.perform(as(rep, get("/api/v1/accounts/" + b))).andExpect(status().isOk());
    }

    @Test
    void aBadRequestIsRefusedWholeNamingTheFieldAndNothingIsWritten() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        String a = account(rep, "Ótica " + tag, tag);
        String one = ids(a);
        record Case(String body, String field) {
        }
        List<Case> cases = List.of(
                new Case("{\"ids\": %s}".formatted(one), "action"),
                new Case("{\"action\": \"DELETE\"}", "ids"),
                new Case("{\"ids\": %s, \"filter\": {\"tag\": \"x\"}, \"action\": \"DELETE\"}".formatted(one), "filter"),
                new Case("{\"filter\": {\"colour\": \"blue\"}, \"action\": \"DELETE\"}", "filter.colour"),
                new Case("{\"filter\": {\"lifecycleStage\": \"SOON\"}, \"action\": \"DELETE\"}", "filter.lifecycleStage"),
                new Case("{\"filter\": {\"ownerId\": \"me\"}, \"action\": \"DELETE\"}", "filter.ownerId"),
                new Case("{\"ids\": %s, \"action\": \"ASSIGN\"}".formatted(one), "ownerId"),
                new Case("{\"ids\": %s, \"action\": \"ASSIGN\", \"ownerId\": \"%s\"}".formatted(one, UUID.randomUUID()),
                        "ownerId"),
                new Case("{\"ids\": %s, \"action\": \"ASSIGN\", \"teamId\": \"%s\"}".formatted(one, UUID.randomUUID()),
                        "teamId"),
                new Case("{\"ids\": %s, \"action\": \"ADD_TAG\"}".formatted(one), "tag"),
                new Case("{\"ids\": %s, \"action\": \"ADD_TAG\", \"tag\": \"<b>!</b>\"}".formatted(one), "tag"),
                new Case("{\"ids\": %s, \"action\": \"SET_STAGE\"}".formatted(one), "stage"),
                new Case("{\"ids\": %s, \"action\": \"SET_STAGE\", \"stage\": \"WON\"}".formatted(one), "stage"));
        for (Case c : cases) {
            mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content(c.body()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem(c.field())));
        }
        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("{\"ids\": %s, \"action\": \"EXPLODE\"}".formatted(one)))
                .andExpect(status().isBadRequest());
        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("{\"ids\": [\"not-an-id\"], \"action\": \"DELETE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("{\"ids\": %s, \"action\": \"DELETE\"".formatted(one)))
                .andExpect(status().isBadRequest());
        mvc.perform(as(rep, post("/api/v1/planets/bulk")).content("{\"ids\": %s, \"action\": \"DELETE\"}".formatted(one)))
                .andExpect(status().isNotFound());
        assertThat(read(rep, "/api/v1/accounts/" + a, "$.version")).isEqualTo("0");
    }

    @Test
    void overAThousandRecordsRunInTheBackgroundAndOnlyTheAuthorFollowsTheJob() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        String a = account(rep, "Farmácia " + tag, tag);
        List<String> many = new ArrayList<>(IntStream.range(0, 1000).mapToObj(i -> UUID.randomUUID().toString()).toList());
        many.add(0, a);

        String body = mvc.perform(as(rep, post("/api/v1/accounts/bulk")).content("""
                {"ids": %s, "action": "ADD_TAG", "tag": "lote"}""".formatted(ids(many.toArray(String[]::new)))))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/bulk-jobs/")))
                .andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(body, "$.job");

        String finished = awaitJob(rep, job);
        assertThat((Integer) JsonPath.read(finished, "$.total")).isEqualTo(1001);
        assertThat((Integer) JsonPath.read(finished, "$.done")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(finished, "$.failedCount")).isEqualTo(1000);
        assertThat((List<?>) JsonPath.read(finished, "$.failed")).hasSize(200);
        assertThat((Integer) JsonPath.read(finished, "$.failed[0].status")).isEqualTo(404);
        mvc.perform(as(rep, get("/api/v1/accounts/" + a))).andExpect(jsonPath("$.tags").value(hasItem("lote")));

        mvc.perform(as(teammate, get("/api/v1/bulk-jobs/" + job))).andExpect(status().isNotFound());
    }

    @Test
    void aJobWhoseNodeStoppedIsTakenUpWhereItStoppedWithoutRepeatingARecord() throws Exception {
        String tag = Fixtures.unique("bulk").toLowerCase();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(account(rep, "Serralheria %d %s".formatted(i, tag), tag));
        }
        // a node took the job, changed the first record (its outcome written with it) and was killed
        UUID job = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.update("insert into bulk_jobs (id, resource, action, tag, created_by, locale, status, total, created_at,"
                + " heartbeat_at) values (?, 'accounts', 'ADD_TAG', 'retomado', ?, 'en', 'RUNNING', 3, ?, ?)", job,
                rep.id(), longAgo, longAgo);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into bulk_job_items (job_id, seq, record_id, status) values (?, ?, ?, ?)", job, i,
                    UUID.fromString(records.get(i)), i == 0 ? 200 : null);
        }

        String finished = awaitJob(rep, job.toString());
        assertThat((Integer) JsonPath.read(finished, "$.done")).isEqualTo(3);
        // the first record was not changed again (here: it never got the tag, as the killed node "had" done it)
        mvc.perform(as(rep, get("/api/v1/accounts/" + records.get(0)))).andExpect(jsonPath("$.version").value(0));
        mvc.perform(as(rep, get("/api/v1/accounts/" + records.get(1)))).andExpect(jsonPath("$.tags").value(hasItem("retomado")));
        mvc.perform(as(rep, get("/api/v1/accounts/" + records.get(2)))).andExpect(jsonPath("$.tags").value(hasItem("retomado")));
    }

    private String awaitJob(UserResponse author, String job) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String body = mvc.perform(as(author, get("/api/v1/bulk-jobs/" + job))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if ("DONE".equals(JsonPath.read(body, "$.status"))) {
                return body;
            }
            assertThat(System.nanoTime()).as("job %s finished in time: %s", job, body).isLessThan(until);
            Thread.sleep(200);
        }
    }
}
