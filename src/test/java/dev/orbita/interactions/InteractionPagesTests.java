package dev.orbita.interactions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The Interactions list and record pages: filters, escaping and visibility. */
@IntegrationTest
class InteractionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    private String create(UserResponse u, String path, String json) throws Exception {
        return JsonPath.read(mvc.perform(post(path).with(httpBasic(u.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void listFiltersByChannelAndTheRecordPageEscapesTheBodyAndFollowsVisibility() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        UserResponse stranger = fixtures.user("SALES_REP", fixtures.team().id());
        String account = create(rep, "/api/v1/accounts", "{\"name\":\"" + Fixtures.unique("Loja") + "\"}");
        String subject = Fixtures.unique("Listed visit");
        String id = create(rep, "/api/v1/interactions", "{\"channel\":\"VISIT\",\"direction\":\"OUTBOUND\","
                + "\"subject\":\"" + subject + "\",\"body\":\"<img src=x onerror=alert(1)>\",\"accountId\":\""
                + account + "\"}");
        mvc.perform(get("/interactions").param("channel", "VISIT").with(user(userDetails.loadUserByUsername(
                rep.username())))).andExpect(status().isOk()).andExpect(content().string(containsString(subject)));
        mvc.perform(get("/interactions").param("channel", "PHONE").param("direction", "bogus")
                .with(user(userDetails.loadUserByUsername(rep.username()))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(subject))));
        mvc.perform(get("/interactions").with(user(userDetails.loadUserByUsername(stranger.username()))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(subject))));
        mvc.perform(get("/interactions/" + id).with(user(userDetails.loadUserByUsername(rep.username()))))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(subject),
                        containsString("&lt;img src=x onerror=alert(1)&gt;"), not(containsString("<img src=x")))));
        mvc.perform(get("/interactions/" + id).with(user(userDetails.loadUserByUsername(stranger.username()))))
                .andExpect(status().isNotFound());
    }
}
