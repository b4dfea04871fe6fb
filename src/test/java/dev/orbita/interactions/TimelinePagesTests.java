package dev.orbita.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline panel and its quick-log forms through the web stack: htmx fragments, validation, escaping, paging. */
@IntegrationTest
class TimelinePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    UserResponse rep;
    UserResponse stranger;
    String contact;
    String account;

    @BeforeEach
    void data() throws Exception {
        rep = fixtures.user("SALES_REP", fixtures.team().id());
        stranger = fixtures.user("SALES_REP", fixtures.team().id());
        account = JsonPath.read(mvc.perform(post("/api/v1/accounts").with(httpBasic(rep.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + Fixtures.unique("Loja") + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        contact = JsonPath.read(mvc.perform(post("/api/v1/contacts").with(httpBasic(rep.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\":\"Lima\",\"accountId\":\"" + account + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private UserDetails login(UserResponse u) {
        return userDetails.loadUserByUsername(u.username());
    }

    private long entries() {
        return jdbc.sql("select count(*) from interactions where contact_id = ?").param(UUID.fromString(contact))
                .query(Long.class).single();
    }

    @Test
    void emptyPanelThenQuickLogWithFieldErrorsThenEscapedEntry() throws Exception {
        String url = "/interactions/timeline/CONTACT/" + contact;
        mvc.perform(get(url).header("HX-Request", "true").with(user(login(rep))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No interactions yet"), containsString("Log a call"),
                        containsString("Log a visit"), containsString("Add note"), not(containsString("<html")),
                        not(containsString("<script")), not(containsString("style=")))));

        mvc.perform(post(url + "/log").with(csrf()).with(user(login(rep))).header("HX-Request", "true")
                .param("kind", "call").param("subject", " ").param("durationMinutes", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is required"), containsString("is-invalid"),
                        containsString("call-subject-error"))));
        assertThat(entries()).isZero();

        mvc.perform(post(url + "/log").with(user(login(rep))).param("kind", "call").param("subject", "x"))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(entries()).isZero();

        mvc.perform(post(url + "/log").with(csrf()).with(user(login(rep))).header("HX-Request", "true")
                .param("kind", "visit").param("subject", "<script>alert(1)</script>")
                .param("body", "<b>bold</b> plan").param("durationMinutes", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        containsString("&lt;b&gt;bold&lt;/b&gt; plan"), not(containsString("<b>bold</b>")),
                        containsString("Visit"), containsString(rep.fullName()), containsString("<details"))));
        assertThat(entries()).isEqualTo(1);
        assertThat(jdbc.sql("select duration_seconds from interactions where contact_id = ?")
                .param(UUID.fromString(contact)).query(Integer.class).single()).isEqualTo(1800);

        // the account's panel shows the contact's entry; someone who cannot see them gets a 404
        mvc.perform(get("/interactions/timeline/ACCOUNT/" + account).header("HX-Request", "true")
                .with(user(login(rep)))).andExpect(content().string(containsString("plan")));
        mvc.perform(get(url).header("HX-Request", "true").with(user(login(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(post(url + "/log").with(csrf()).with(user(login(stranger))).param("kind", "note")
                .param("subject", "sneaky")).andExpect(status().isNotFound());
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void loadMoreAndChannelFilter() throws Exception {
        for (int i = 1; i <= 21; i++) {
            mvc.perform(post("/api/v1/interactions").with(httpBasic(rep.username(), Fixtures.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"channel":"%s","direction":"OUTBOUND","occurredAt":"2026-10-%02dT10:00:00Z",
                             "subject":"Entry %d","contactId":"%s"}""".formatted(i == 1 ? "VISIT" : "PHONE", i, i,
                            contact))).andExpect(status().isCreated());
        }
        String url = "/interactions/timeline/CONTACT/" + contact;
        String first = mvc.perform(get(url).header("HX-Request", "true").with(user(login(rep))))
                .andExpect(content().string(allOf(containsString("Entry 21"), containsString("Entry 2<"),
                        not(containsString("Entry 1<")), containsString("Load more"))))
                .andReturn().getResponse().getContentAsString();
        Matcher more = Pattern.compile("hx-get=\"([^\"]*cursor=[^\"]*)\"").matcher(first);
        assertThat(more.find()).isTrue();
        mvc.perform(get(more.group(1).replace("&amp;", "&")).header("HX-Request", "true").with(user(login(rep))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Entry 1<"), not(containsString("Entry 2<")),
                        not(containsString("Load more")))));
        mvc.perform(get(url).param("channel", "VISIT").header("HX-Request", "true").with(user(login(rep))))
                .andExpect(content().string(allOf(containsString("Entry 1<"), not(containsString("Entry 21")))));
    }
}
