package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.customers.account.Account;
import dev.orbita.platform.RecycleBin;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SignedIn;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delete and undo (ADR 021) as a user meets it on accounts and contacts: a deleted record is gone from every read
 * and comes back whole with restore; the rules of a write apply to restore; the Recycle bin page, the Undo toast and
 * the confirmation dialog; the purge after the retention.
 */
@IntegrationTest
class RecycleBinIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecycleBin bin;

    @Autowired
    CustomerLookup lookup;

    @Autowired
    SignedIn signedIn;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    UserResponse rep;
    UserResponse otherTeamRep;
    UserResponse agent;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        UUID otherTeam = fixtures.team().id();
        rep = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", otherTeam);
        agent = fixtures.user("SERVICE_AGENT", otherTeam);
    }

    private MockHttpServletRequestBuilder as(UserResponse user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private RequestPostProcessor page(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails.loadUserByUsername(username));
    }

    private String create(UserResponse user, String collection, String json) throws Exception {
        String body = mvc.perform(as(user, post("/api/v1/" + collection)).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String account(UserResponse owner, String name) throws Exception {
        return create(owner, "accounts", "{\"name\":\"" + name + "\"}");
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    @Test
    void aDeletedAccountIsGoneEverywhereAndComesBackWholeWithItsContacts() throws Exception {
        String tag = "bin" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Armazém " + tag;
        String domain = tag + ".com.br";
        String phone = "+55 11 3" + digits(7);
        String id = create(rep, "accounts", """
                {"name":"%s","phones":[{"type":"WORK","number":"%s"}],
                 "emails":[{"type":"WORK","address":"vendas@%s"}],"tags":["%s"],"notes":"kept"}"""
                .formatted(name, phone, domain, tag));
        String contact = create(rep, "contacts", "{\"lastName\":\"Souza %s\",\"accountId\":\"%s\"}".formatted(tag, id));
        String before = mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        mvc.perform(as(rep, delete("/api/v1/accounts/" + id))).andExpect(status().isNoContent());

        mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(rep, get("/api/v1/accounts/" + id + "/history"))).andExpect(status().isNotFound());
        mvc.perform(as(rep, get("/api/v1/accounts").param("tag", tag))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(rep, get("/api/v1/accounts").param("q", tag))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(rep, get("/api/v1/search").param("q", tag)))
                .andExpect(jsonPath("$.items[?(@.id == '%s')]".formatted(id), empty()));
        mvc.perform(get("/accounts/" + id).with(page(rep.username()))).andExpect(status().isNotFound());
        mvc.perform(get("/accounts/" + id + "/360").with(page(rep.username()))).andExpect(status().isNotFound());
        assertThat(as(rep, () -> lookup.account(UUID.fromString(id)))).isEmpty();
        assertThat(as(rep, () -> lookup.byEmail("vendas@" + domain))).isEmpty();
        // not a duplicate of a new account with its e-mail address
        String twin = mvc.perform(as(rep, post("/api/v1/accounts")).content(
                "{\"name\":\"Twin %s\",\"emails\":[{\"type\":\"WORK\",\"address\":\"vendas@%s\"}]}".formatted(tag, domain)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.duplicates").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        // its contact keeps the link, and shows no account name meanwhile
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact))).andExpect(jsonPath("$.accountId").value(id))
                .andExpect(jsonPath("$.accountName").doesNotExist());
        mvc.perform(as(rep, get("/api/v1/contacts").param("q", "Souza " + tag)))
                .andExpect(jsonPath("$.items[0].accountName").doesNotExist());

        mvc.perform(as(rep, post("/api/v1/accounts/" + id + "/restore")))
                .andExpect(status().isNoContent()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(header().string("Location", "/api/v1/accounts/" + id));

        String after = mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String field : List.of("$.name", "$.phones", "$.emails", "$.tags", "$.notes", "$.ownerId", "$.teamId",
                "$.createdAt")) {
            assertThat((Object) JsonPath.read(after, field)).as(field).isEqualTo(JsonPath.read(before, field));
        }
        mvc.perform(as(rep, get("/api/v1/accounts/" + id + "/history")))
                .andExpect(jsonPath("$.items[0].action").value("RESTORE"))
                .andExpect(jsonPath("$.items[0].actorName").value(rep.fullName()))
                .andExpect(jsonPath("$.items[1].action").value("DELETE"))
                .andExpect(jsonPath("$.items[2].action").value("CREATE"))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(as(rep, get("/api/v1/search").param("q", tag)))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        mvc.perform(as(rep, get("/api/v1/accounts").param("q", tag))).andExpect(jsonPath("$.items[*].id", hasItem(id)));
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact))).andExpect(jsonPath("$.accountName").value(name));
        assertThat(as(rep, () -> lookup.byEmail("vendas@" + domain))).extracting(CustomerSummary::id)
                .contains(UUID.fromString(id));
        mvc.perform(as(rep, post("/api/v1/accounts")).content(
                "{\"name\":\"Third %s\",\"emails\":[{\"type\":\"WORK\",\"address\":\"vendas@%s\"}]}".formatted(tag, domain)))
                .andExpect(jsonPath("$.duplicates[*].id", hasItem(id)))
                .andExpect(jsonPath("$.duplicates[*].id", hasItem((String) JsonPath.read(twin, "$.id"))));
        // the History tab names both actions in the reader's language
        mvc.perform(get("/records/ACCOUNT/" + id + "/history").with(page(rep.username())))
                .andExpect(content().string(allOf(containsString("deleted the record (moved it to the recycle bin)"),
                        containsString("restored the record from the recycle bin"))));
    }

    @Test
    void aDeletedContactIsGoneFromListsAndLookupsUntilRestored() throws Exception {
        String tag = "ct" + UUID.randomUUID().toString().substring(0, 8);
        String contact = create(rep, "contacts", """
                {"firstName":"Rita","lastName":"Lobo %s","emails":[{"type":"WORK","address":"rita@%s.pt"}]}"""
                .formatted(tag, tag));
        mvc.perform(as(rep, delete("/api/v1/contacts/" + contact))).andExpect(status().isNoContent());
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact))).andExpect(status().isNotFound());
        mvc.perform(as(rep, get("/api/v1/contacts").param("q", tag))).andExpect(jsonPath("$.total").value(0));
        assertThat(as(rep, () -> lookup.contact(UUID.fromString(contact)))).isEmpty();
        assertThat(as(rep, () -> lookup.byEmail("rita@" + tag + ".pt"))).isEmpty();
        mvc.perform(as(rep, delete("/api/v1/contacts/" + contact))).andExpect(status().isNotFound());

        mvc.perform(as(rep, post("/api/v1/contacts/" + contact + "/restore"))).andExpect(status().isNoContent());
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Lobo " + tag));
        assertThat(as(rep, () -> lookup.byEmail("rita@" + tag + ".pt"))).hasSize(1);
        mvc.perform(as(rep, get("/api/v1/search").param("q", tag))).andExpect(jsonPath("$.items[*].id", hasItem(contact)));
    }

    @Test
    void restoreFollowsTheRulesOfAWrite() throws Exception {
        String id = account(rep, Fixtures.unique("Guarded"));
        // a record outside the bin is not restorable
        mvc.perform(as(rep, post("/api/v1/accounts/" + id + "/restore"))).andExpect(status().isNotFound());
        mvc.perform(as(rep, delete("/api/v1/accounts/" + id))).andExpect(status().isNoContent());

        // out of scope: 404, as if it were not there; visible but read-only: 403
        mvc.perform(as(otherTeamRep, post("/api/v1/accounts/" + id + "/restore"))).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(as(agent, post("/api/v1/accounts/" + id + "/restore"))).andExpect(status().isForbidden());
        mvc.perform(post("/recycle-bin/ACCOUNT/" + id + "/restore").with(page(otherTeamRep.username())).with(csrf()))
                .andExpect(status().isNotFound());
        // the record is an account, not a contact; and a collection without a bin has no restore
        mvc.perform(as(rep, post("/api/v1/contacts/" + id + "/restore"))).andExpect(status().isNotFound());
        mvc.perform(as(rep, post("/api/v1/notes/" + id + "/restore"))).andExpect(status().isNotFound());
        mvc.perform(as(rep, get("/api/v1/accounts/" + id))).andExpect(status().isNotFound());

        mvc.perform(as(rep, post("/api/v1/accounts/" + id + "/restore"))).andExpect(status().isNoContent());
        mvc.perform(as(rep, post("/api/v1/accounts/" + id + "/restore"))).andExpect(status().isNotFound());
    }

    @Test
    void anAccountWithSubAccountsOutsideTheBinStays() throws Exception {
        String parent = account(rep, Fixtures.unique("Holding"));
        String child = create(rep, "accounts", "{\"name\":\"%s\",\"parentId\":\"%s\"}"
                .formatted(Fixtures.unique("Filial"), parent));
        mvc.perform(as(rep, delete("/api/v1/accounts/" + parent))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(as(rep, delete("/api/v1/accounts/" + child))).andExpect(status().isNoContent());
        mvc.perform(as(rep, delete("/api/v1/accounts/" + parent))).andExpect(status().isNoContent());
        // restored, the child still has its parent
        mvc.perform(as(rep, post("/api/v1/accounts/" + parent + "/restore"))).andExpect(status().isNoContent());
        mvc.perform(as(rep, post("/api/v1/accounts/" + child + "/restore"))).andExpect(status().isNoContent());
        mvc.perform(as(rep, get("/api/v1/accounts/" + child))).andExpect(jsonPath("$.parentId").value(parent));
    }

    @Test
    void deletingOnTheRecordPageAsksInADialogAndOffersUndo() throws Exception {
        String name = Fixtures.unique("Padaria Dialog");
        String id = account(rep, name);
        mvc.perform(get("/accounts/" + id).with(page(rep.username()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<dialog id=\"confirm-dialog\""),
                        containsString("data-confirm=\"Move “" + name + "” to the recycle bin?"),
                        containsString("data-confirm-action=\"Delete\""),
                        containsString("class=\"btn btn-danger\" data-confirm-ok"),
                        containsString("src=\"/js/confirm-"),
                        containsString("action=\"/accounts/" + id + "/delete\""))));

        String restorePath = "/recycle-bin/ACCOUNT/" + id + "/restore";
        var deleted = mvc.perform(post("/accounts/" + id + "/delete").with(page(rep.username())).with(csrf()))
                .andExpect(redirectedUrl("/accounts"))
                .andExpect(flash().attribute("flash", "Account “" + name + "” moved to the recycle bin."))
                .andExpect(flash().attribute("flashUndo", restorePath)).andReturn();
        // the list it lands on (the same session, where the flash waits) shows the toast with Undo
        mvc.perform(get("/accounts").with(page(rep.username())).cookie(deleted.getResponse().getCookies()))
                .andExpect(content().string(allOf(containsString("Account “" + name + "” moved to the recycle bin."),
                        containsString("action=\"" + restorePath + "\""),
                        containsString(">Undo</button>"), containsString("name=\"_csrf\""))));
        mvc.perform(get("/accounts/" + id).with(page(rep.username()))).andExpect(status().isNotFound());

        // Undo: the restore form lands on the record again
        mvc.perform(post(restorePath)).andExpect(status().isForbidden()); // no CSRF token, no session
        mvc.perform(post(restorePath).with(page(rep.username())).with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + id))
                .andExpect(flash().attribute("flash", "“" + name + "” is back from the recycle bin."));
        mvc.perform(get("/accounts/" + id).with(page(rep.username()))).andExpect(status().isOk());

        // the other destructive buttons ask in the same dialog, naming what they destroy (the admin reads pt-BR)
        var team = fixtures.team();
        mvc.perform(get("/admin/teams/" + team.id() + "/edit").with(page("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<dialog id=\"confirm-dialog\""),
                        containsString("data-confirm=\"Excluir a equipe “" + team.name() + "”? Não é possível desfazer.\""))));
    }

    @Test
    void theRecycleBinPageShowsAdministratorsEverythingAndOthersTheirOwn() throws Exception {
        String mine = Fixtures.unique("Mine in the bin");
        String theirs = Fixtures.unique("Theirs in the bin");
        String mineId = account(rep, mine);
        String theirsId = account(otherTeamRep, theirs);
        mvc.perform(as(rep, delete("/api/v1/accounts/" + mineId))).andExpect(status().isNoContent());
        mvc.perform(as(otherTeamRep, delete("/api/v1/accounts/" + theirsId))).andExpect(status().isNoContent());

        mvc.perform(get("/recycle-bin").with(page(rep.username()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(mine), not(containsString(theirs)),
                        containsString("Deleted by"), containsString("Removed for good on"),
                        containsString(rep.fullName()),
                        containsString("action=\"/recycle-bin/ACCOUNT/" + mineId + "/restore?from=bin\""),
                        containsString("href=\"/recycle-bin\""))));
        mvc.perform(get("/recycle-bin").param("size", "200").with(page("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(mine), containsString(theirs))));
        // someone else deleted a record the rep owns: the owner sees it too
        String owned = Fixtures.unique("Owned deleted by admin");
        String ownedId = account(rep, owned);
        mvc.perform(delete("/api/v1/accounts/" + ownedId).with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/recycle-bin").with(page(rep.username())))
                .andExpect(content().string(containsString(owned)));

        mvc.perform(post("/recycle-bin/ACCOUNT/" + mineId + "/restore").param("from", "bin")
                        .with(page(rep.username())).with(csrf()))
                .andExpect(redirectedUrl("/recycle-bin"));
        mvc.perform(get("/recycle-bin").with(page(rep.username())))
                .andExpect(content().string(not(containsString(mine))));

        UserResponse newcomer = fixtures.user("SALES_REP", null);
        mvc.perform(get("/recycle-bin").with(page(newcomer.username())))
                .andExpect(content().string(containsString("The recycle bin is empty")));
        // in every language, and in the navigation
        UserResponse brasileiro = fixtures.userWithLanguage("SALES_REP", null, "pt-BR");
        mvc.perform(get("/recycle-bin").with(page(brasileiro.username())))
                .andExpect(content().string(allOf(containsString("A lixeira está vazia"),
                        containsString("href=\"/recycle-bin\""))));
    }

    @Test
    void theRecycleBinPagesWithAKeysetCursor() throws Exception {
        UserResponse busy = fixtures.user("SALES_REP", null);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = Fixtures.unique("Paged " + i);
            names.add(name);
            mvc.perform(as(busy, delete("/api/v1/accounts/" + account(busy, name)))).andExpect(status().isNoContent());
        }
        String first = mvc.perform(get("/recycle-bin").param("size", "2").with(page(busy.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains(names.get(2), names.get(1)).doesNotContain(names.get(0));
        String next = first.replaceAll("(?s).*href=\"/recycle-bin\\?size=2&amp;after=([^\"]+)\".*", "$1");
        mvc.perform(get("/recycle-bin").param("size", "2").param("after", next).with(page(busy.username())))
                .andExpect(content().string(allOf(containsString(names.get(0)), not(containsString(names.get(1))))));
        mvc.perform(get("/recycle-bin").param("sort", "name").with(page(busy.username())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePurgeRemovesExpiredRecordsForGoodAndLeavesTheRest() throws Exception {
        String expired = create(rep, "accounts", """
                {"name":"%s","phones":[{"type":"WORK","number":"+55 11 3%s"}],"tags":["purged"]}"""
                .formatted(Fixtures.unique("Expired"), digits(7)));
        String recent = account(rep, Fixtures.unique("Recent"));
        String contact = create(rep, "contacts", "{\"lastName\":\"%s\",\"accountId\":\"%s\"}"
                .formatted(Fixtures.unique("Left behind"), expired));
        mvc.perform(as(rep, delete("/api/v1/accounts/" + expired))).andExpect(status().isNoContent());
        mvc.perform(as(rep, delete("/api/v1/accounts/" + recent))).andExpect(status().isNoContent());
        Instant longAgo = Instant.now().minus(bin.retention()).minus(Duration.ofHours(1));
        jdbc.update("update accounts set deleted_at = ? where id = ?", Timestamp.from(longAgo), UUID.fromString(expired));

        assertThat(bin.purgeExpired(Instant.now())).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from accounts where id = ?", Long.class,
                UUID.fromString(expired))).isZero();
        assertThat(jdbc.queryForObject("select (select count(*) from account_phones where account_id = ?)"
                + " + (select count(*) from account_tags where account_id = ?)", Long.class, UUID.fromString(expired),
                UUID.fromString(expired))).as("its dependants go with it").isZero();
        assertThat(jdbc.queryForObject("select count(*) from accounts where id = ? and deleted_at is not null",
                Long.class, UUID.fromString(recent))).isEqualTo(1);
        assertThat(indexed(Account.class, expired)).isZero();
        assertThat(jdbc.queryForList("select action from audit_entries where entity_type = 'ACCOUNT' and entity_id = ?",
                String.class, UUID.fromString(expired))).contains("CREATE", "DELETE", "PURGE");
        mvc.perform(as(rep, post("/api/v1/accounts/" + expired + "/restore"))).andExpect(status().isNotFound());
        // its contact stays, without the account, and says so in its history
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact))).andExpect(status().isOk())
                .andExpect(jsonPath("$.accountId").doesNotExist()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(rep, get("/api/v1/contacts/" + contact + "/history")))
                .andExpect(jsonPath("$.items[0].fields[0].field").value("accountId"))
                .andExpect(jsonPath("$.items[0].actorName").doesNotExist());
        // the one within the retention can still come back
        mvc.perform(as(rep, post("/api/v1/accounts/" + recent + "/restore"))).andExpect(status().isNoContent());
    }

    @Test
    void aRecordLockedByAnotherNodeIsLeftForTheNextPurge() throws Exception {
        String id = account(rep, Fixtures.unique("Locked"));
        mvc.perform(as(rep, delete("/api/v1/accounts/" + id))).andExpect(status().isNoContent());
        jdbc.update("update accounts set deleted_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(bin.retention()).minus(Duration.ofDays(1))), UUID.fromString(id));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            // another node is purging this row right now: it holds the row lock
            Future<?> other = executor.submit(() -> tx.executeWithoutResult(status -> {
                jdbc.queryForList("select id from accounts where id = ? for update", UUID.fromString(id));
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            bin.purgeExpired(Instant.now());
            assertThat(jdbc.queryForObject("select count(*) from accounts where id = ?", Long.class,
                    UUID.fromString(id))).as("skipped, not waited for").isEqualTo(1);
            release.countDown();
            other.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
        bin.purgeExpired(Instant.now());
        assertThat(jdbc.queryForObject("select count(*) from accounts where id = ?", Long.class, UUID.fromString(id)))
                .isZero();
    }

    @Test
    void noTemplateOrScriptAsksWithTheBrowsersConfirm() throws IOException {
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Stream.concat(Files.walk(resources.resolve("templates")),
                Files.walk(resources.resolve("static/js")))) {
            List<String> offending = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f, StandardCharsets.UTF_8);
                            return text.contains("confirm(") || text.contains("hx-confirm");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).map(Path::toString).toList();
            assertThat(offending).isEmpty();
        }
    }

    private long indexed(Class<?> entity, String id) {
        return tx.execute(status -> Search.session(em).search(entity)
                .where(f -> f.id().matching(UUID.fromString(id))).fetchTotalHitCount());
    }

    private <T> T as(UserResponse user, java.util.function.Supplier<T> call) {
        Object[] result = new Object[1];
        signedIn.as(user.username(), () -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
