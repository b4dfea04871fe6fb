package dev.orbita.customers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A record sharing only a phone or a tax id with another (no e-mail at all) is written with a
 * duplicate warning, not answered with a 500 (the warning's query named its columns only when an
 * e-mail was part of it).
 */
@IntegrationTest
class DuplicateWarningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private ResultActions create(UserResponse user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aSharedPhoneOrTaxIdWithoutEmailsIsWarnedOf() throws Exception {
        UserResponse rep = fixtures.user("SALES_REP", fixtures.team().id());
        String phone = "+55 11 3" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String body = create(rep, "/api/v1/accounts", """
                {"name":"%s","phones":[{"type":"WORK","number":"%s"}]}""".formatted(Fixtures.unique("Dup"), phone))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String accountId = JsonPath.read(body, "$.id");

        create(rep, "/api/v1/contacts", """
                {"lastName":"Silva","phones":[{"type":"WORK","number":"%s"}]}""".formatted(phone))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicates[0].id").value(accountId))
                .andExpect(jsonPath("$.duplicates[0].type").value("ACCOUNT"));
    }
}
