package dev.orbita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A client that disconnects mid-answer is logged at DEBUG, without a stack trace and without a
 * 500 written after it; a real failure is still an ERROR with a problem answer. The web module's
 * exception handling on its own, in a small MVC context.
 */
@SpringJUnitWebConfig(ClientDisconnectsTests.Web.class)
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectsTests {

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @Import({ ErrorHandling.class, ClientDisconnects.class, Problems.class, Answers.class })
    static class Web {
    }

    /** Fails the way a servlet container does when the client has gone away, or for real. */
    @RestController
    static class Answers {

        @GetMapping("/api/v1/aborted")
        String asyncNotUsable() throws IOException {
            throw new AsyncRequestNotUsableException(
                    "ServletOutputStream failed to write: java.io.IOException: Broken pipe");
        }

        @GetMapping("/v3/api-docs")
        String clientAbort() throws IOException {
            throw new ClientAbortException(new IOException("Broken pipe"));
        }

        @GetMapping("/accounts/reset")
        String connectionReset() throws IOException {
            throw new IOException("Connection reset by peer");
        }

        @GetMapping("/api/v1/broken")
        String broken() {
            throw new IllegalStateException("the answer could not be built");
        }
    }

    MockMvc mvc;
    Level levelBefore;

    @BeforeEach
    void setUp(@Autowired WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        Logger logger = (Logger) LoggerFactory.getLogger(ClientDisconnects.LOG_CATEGORY);
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void restoreLevel() {
        ((Logger) LoggerFactory.getLogger(ClientDisconnects.LOG_CATEGORY)).setLevel(levelBefore);
    }

    @Test
    void aClientGoneWhileTheAnswerIsWrittenIsNoError(CapturedOutput output) throws Exception {
        for (String url : new String[] { "/api/v1/aborted", "/v3/api-docs", "/accounts/reset" }) {
            int before = output.getAll().length();
            mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(""));
            String logged = output.getAll().substring(before);
            assertThat(logged).as(url).contains("DEBUG", "Looks like the client has gone away")
                    .doesNotContain(" ERROR ").doesNotContain(" WARN ").doesNotContain("\tat ")
                    .doesNotContain("Unexpected error");
        }
    }

    @Test
    void aRealFailureIsStillAnErrorWithAProblemAnswer(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/broken")).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(500));
        assertThat(output.getAll()).contains(" ERROR ", "Unexpected error on GET /api/v1/broken",
                "the answer could not be built").doesNotContain("Looks like the client has gone away");
    }
}
