package dev.orbita.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Interactions and timelines over the real API: contract, validation, order, paging and visibility. */
@IntegrationTest
class InteractionApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    UserResponse rep;
    UserResponse otherTeamRep;
    UserResponse admin;
    String account;
    String contact;

    @BeforeEach
    void organisation() throws Exception {
        UUID team = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", fixtures.team().id());
        admin = fixtures.user("ADMIN", null);
        account = id(mvc.perform(as(rep, post("/api/v1/accounts")).content("{\"name\":\"%s\"}"
                .formatted(Fixtures.unique("Padaria")))).andExpect(status().isCreated()));
        contact = id(mvc.perform(as(rep, post("/api/v1/contacts")).content(
                "{\"firstName\":\"Ana\",\"lastName\":\"Souza\",\"accountId\":\"%s\"}".formatted(account)))
                .andExpect(status().isCreated()));
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private static String id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String log(UserResponse user, String json) throws Exception {
        return id(mvc.perform(as(user, post("/api/v1/interactions")).content(json))
                .andExpect(status().isCreated()));
    }

    private long count() {
        return jdbc.sql("select count(*) from interactions").query(Long.class).single();
    }

    @Test
    void lifecycleWithDefaultsEtagsPatchHistoryAndDelete() throws Exception {
        String body = mvc.perform(as(rep, post("/api/v1/interactions")).content("""
                {"channel":"PHONE","direction":"INBOUND","occurredAt":"2026-11-30T10:00:00Z",
                 "subject":"Asked for a quote","body":"<b>two</b> ovens","durationSeconds":300,
                 "contactId":"%s"}""".formatted(contact)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.accountId").value(account)) // the contact's account by default
                .andExpect(jsonPath("$.accountName").exists())
                .andExpect(jsonPath("$.contactName").value("Ana Souza"))
                .andExpect(jsonPath("$.handledBy").value(rep.id().toString()))
                .andExpect(jsonPath("$.handledByName").value(rep.fullName()))
                .andExpect(jsonPath("$.body").value("<b>two</b> ovens"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(as(rep, patch("/api/v1/interactions/" + id)).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").content("{\"outcome\":\"Quote sent\",\"channel\":\"EMAIL\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.outcome").value("Quote sent"))
                .andExpect(jsonPath("$.subject").value("Asked for a quote"));
        mvc.perform(as(rep, patch("/api/v1/interactions/" + id)).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").content("{\"outcome\":\"Stale\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(rep, get("/api/v1/interactions/" + id + "/history"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].fields[?(@.field == 'channel')].newValue").value(hasItem("EMAIL")));

        mvc.perform(as(rep, delete("/api/v1/interactions/" + id))).andExpect(status().isNoContent());
        mvc.perform(as(rep, get("/api/v1/interactions/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact + "/timeline")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        mvc.perform(as(rep, post("/api/v1/interactions/" + id + "/restore"))).andExpect(status().is2xxSuccessful());
        mvc.perform(as(rep, get("/api/v1/interactions/" + id))).andExpect(status().isOk());
    }

    @Test
    void invalidInputIsA400NamingEachFieldAndWritesNothing() throws Exception {
        long before = count();
        mvc.perform(as(rep, post("/api/v1/interactions")).content("""
                {"direction":"INBOUND","subject":"%s","durationSeconds":-1}""".formatted("x".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("channel")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("subject")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("durationSeconds")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contactId")));
        mvc.perform(as(rep, post("/api/v1/interactions")).content(
                "{\"channel\":\"CARRIER_PIGEON\",\"direction\":\"INBOUND\",\"subject\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(rep, get("/api/v1/interactions?channel=NOPE"))).andExpect(status().isBadRequest());
        mvc.perform(as(rep, get("/api/v1/interactions?from=yesterday"))).andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void timelineIsNewestFirstKeysetPagedAndFilteredByChannel() throws Exception {
        for (int day = 1; day <= 5; day++) {
            log(rep, """
                    {"channel":"%s","direction":"OUTBOUND","occurredAt":"2026-11-0%dT09:00:00Z","subject":"Day %d",
                     "contactId":"%s"}""".formatted(day % 2 == 0 ? "EMAIL" : "PHONE", day, day, contact));
        }
        log(rep, "{\"channel\":\"VISIT\",\"direction\":\"OUTBOUND\",\"occurredAt\":\"2026-11-06T09:00:00Z\","
                + "\"subject\":\"Account only\",\"accountId\":\"" + account + "\"}");

        String first = mvc.perform(as(rep, get("/api/v1/contacts/" + contact + "/timeline?size=2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subject").value("Day 5"))
                .andExpect(jsonPath("$.items[1].subject").value("Day 4"))
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(first, "$.next");
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact + "/timeline?size=2&cursor=" + next)))
                .andExpect(jsonPath("$.items[0].subject").value("Day 3"))
                .andExpect(jsonPath("$.items[1].subject").value("Day 2"));
        String phones = mvc.perform(as(rep, get("/api/v1/contacts/" + contact + "/timeline?channel=PHONE")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(phones, "$.items[*].subject")).containsExactly("Day 5", "Day 3",
                "Day 1");
        String period = mvc.perform(as(rep, get("/api/v1/contacts/" + contact
                + "/timeline?from=2026-11-02T00:00:00Z&to=2026-11-04T00:00:00Z")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(period, "$.items[*].subject")).containsExactly("Day 3", "Day 2");
        // the account's timeline holds its own entries and its contacts'
        String ofAccount = mvc.perform(as(rep, get("/api/v1/accounts/" + account + "/timeline")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(ofAccount, "$.items[*].subject")).containsExactly("Account only",
                "Day 5", "Day 4", "Day 3", "Day 2", "Day 1");
    }

    @Test
    void entriesFollowTheVisibilityOfTheirRecords() throws Exception {
        String id = log(rep, "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"subject\":\"Secret call\","
                + "\"contactId\":\"" + contact + "\"}");
        mvc.perform(as(otherTeamRep, get("/api/v1/contacts/" + contact + "/timeline")))
                .andExpect(status().isNotFound());
        mvc.perform(as(otherTeamRep, get("/api/v1/accounts/" + account + "/timeline")))
                .andExpect(status().isNotFound());
        mvc.perform(as(otherTeamRep, get("/api/v1/interactions/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeamRep, patch("/api/v1/interactions/" + id)).content("{\"outcome\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(otherTeamRep, get("/api/v1/interactions?contactId=" + contact)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(otherTeamRep, get("/api/v1/interactions?size=200")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        // logging on a contact one cannot see is a field error, not a way to learn it exists
        mvc.perform(as(otherTeamRep, post("/api/v1/interactions")).content(
                "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"subject\":\"x\",\"contactId\":\"" + contact + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));

        // an entry an admin owns on the rep's contact is still hidden from the other team (it follows the contact)
        String adminEntry = log(admin, "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"subject\":\"By admin\","
                + "\"contactId\":\"" + contact + "\",\"ownerId\":\"" + otherTeamRep.id() + "\"}");
        mvc.perform(as(otherTeamRep, get("/api/v1/interactions/" + adminEntry))).andExpect(status().isNotFound());
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact + "/timeline")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(as(admin, get("/api/v1/interactions/" + adminEntry))).andExpect(status().isOk());
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndDownloadedAsAttachments() throws Exception {
        String id = log(rep, "{\"channel\":\"EMAIL\",\"direction\":\"INBOUND\",\"subject\":\"Order\","
                + "\"contactId\":\"" + contact + "\"}");
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String added = mvc.perform(multipart("/api/v1/interactions/" + id + "/attachments")
                .file(new MockMultipartFile("file", "../../etc/order \"1\".pdf", "text/html", pdf))
                .with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf")) // sniffed, not the header
                .andExpect(jsonPath("$.fileName").value("order _1_.pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(added, "$.url");
        byte[] downloaded = mvc.perform(get(url).with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        mvc.perform(get("/api/v1/interactions/" + id + "/attachments")
                .with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[0].fileName").value("order _1_.pdf"));

        // an executable named .pdf and sent as application/pdf is refused by its bytes
        mvc.perform(multipart("/api/v1/interactions/" + id + "/attachments")
                .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                        new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }))
                .with(httpBasic(rep.username(), Fixtures.PASSWORD)).header("Accept-Language", "pt-BR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message",
                        org.hamcrest.Matchers.containsString("não é um tipo de arquivo")));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        mvc.perform(multipart("/api/v1/interactions/" + id + "/attachments")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                .with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.sql("select count(*) from interaction_attachments where interaction_id = ?")
                .param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);

        // the file follows the visibility of the interaction
        mvc.perform(get(url).with(httpBasic(otherTeamRep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/interactions/" + id + "/attachments")
                .file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes()))
                .with(httpBasic(otherTeamRep.username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Autowired
    dev.orbita.interactions.api.InteractionLog interactionLog;

    @Autowired
    dev.orbita.support.SignedIn signedIn;

    @Test
    void otherModulesLogThroughTheApiWithTheCallersScopes() throws Exception {
        UUID ticket = UUID.randomUUID();
        UUID[] logged = new UUID[1];
        signedIn.as(rep.username(), () -> logged[0] = interactionLog.log(new dev.orbita.interactions.api.NewInteraction(
                dev.orbita.interactions.api.InteractionChannel.PORTAL,
                dev.orbita.interactions.api.InteractionDirection.INBOUND, null, "Opened a ticket", null, null, null,
                null, UUID.fromString(contact), null, "INTERACTION", ticket)));
        mvc.perform(as(rep, get("/api/v1/accounts/" + account + "/timeline")))
                .andExpect(jsonPath("$.items[0].id").value(logged[0].toString()))
                .andExpect(jsonPath("$.items[0].handledByName").value(rep.fullName()));
        // the caller's visibility holds: a contact the caller cannot see is a field error
        signedIn.as(otherTeamRep.username(), () -> org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                interactionLog.log(new dev.orbita.interactions.api.NewInteraction(
                        dev.orbita.interactions.api.InteractionChannel.PORTAL,
                        dev.orbita.interactions.api.InteractionDirection.INBOUND, null, "x", null, null, null, null,
                        UUID.fromString(contact), null, null, null)))
                .isInstanceOfSatisfying(dev.orbita.shared.ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).contains("contactId")));
    }
}
