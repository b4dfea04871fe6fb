package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.PasswordChecks;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in throttling (ADR 015): however many guesses arrive at once, at most the limit is checked
 * against the password per window, none of them fails with a 5xx, a throttled user's API tokens and
 * open sessions keep working, an unknown username is answered exactly like a throttled one, and one
 * client address cannot try many usernames. Each test signs in from addresses of its own, so that
 * tests never share a per-address budget; "the window has passed" is simulated by moving the
 * window's start of the test's own throttle rows into the past.
 */
@IntegrationTest
class LoginThrottleTests {

    private static final int PARALLEL = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PasswordChecks checks;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${orbita.security.max-failed-logins}")
    int maxFailures;

    @Value("${orbita.security.max-failed-logins-per-address:20}")
    int maxPerAddress;

    @Value("${orbita.security.lockout}")
    Duration lockout;

    @Test
    void parallelWrongPasswordsOverHttpBasicNeverFailAndAtMostTheLimitIsChecked() throws Exception {
        String right = Fixtures.unique("right-password");
        String wrong = Fixtures.unique("wrong-password");
        checks.watch(right);
        checks.watch(wrong);
        UserResponse user = fixtures.userWithPassword("SALES_REP", right);
        String address = newAddress();

        List<Answer> answers = parallel(PARALLEL, i -> () -> api(user.username(), wrong, address));

        assertThat(answers).as("no 5xx, ever").noneMatch(Answer::serverError);
        assertThat(checks.checks(wrong)).as("wrong passwords checked against the hash").isEqualTo(maxFailures);
        assertThat(answers).filteredOn(a -> a.status() == 401).hasSize(maxFailures);
        assertThat(answers).filteredOn(a -> a.status() == 429).hasSize(PARALLEL - maxFailures);

        Answer refused = api(user.username(), right, newAddress());
        assertThat(refused.status()).as("the right password while throttled: " + refused).isEqualTo(429);
        assertThat(checks.checks(right)).as("refused without checking it").isZero();
        UserResponse admin = fixtures.user("ADMIN", null);
        mvc.perform(get("/api/v1/users/" + user.id()).with(httpBasic(admin.username(), Fixtures.PASSWORD))
                .with(from(newAddress()))).andExpect(status().isOk()).andExpect(jsonPath("$.lockedUntil").exists());
        mvc.perform(get("/api/v1/users").with(httpBasic(admin.username(), Fixtures.PASSWORD)).with(from(newAddress())))
                .andExpect(jsonPath("$.items[?(@.username == '" + user.username() + "')].lockedUntil").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.username == '" + admin.username() + "')].lockedUntil").isEmpty());

        windowPassed("user:" + user.username());
        assertThat(api(user.username(), right, address).status()).isEqualTo(200);
        assertThat(checks.checks(right)).isEqualTo(1);
        mvc.perform(get("/api/v1/users/" + user.id()).with(httpBasic(admin.username(), Fixtures.PASSWORD))
                .with(from(newAddress()))).andExpect(jsonPath("$.lockedUntil").doesNotExist());
    }

    @Test
    void parallelWrongPasswordsOnTheSignInFormNeverFailAndAtMostTheLimitIsChecked() throws Exception {
        String right = Fixtures.unique("right-password");
        String wrong = Fixtures.unique("wrong-password");
        checks.watch(right);
        checks.watch(wrong);
        UserResponse user = fixtures.userWithPassword("SALES_REP", right);
        String address = newAddress();

        List<Answer> answers = parallel(PARALLEL, i -> () -> form(user.username(), wrong, address));

        assertThat(answers).as("no 5xx, ever").noneMatch(Answer::serverError);
        assertThat(checks.checks(wrong)).as("wrong passwords checked against the hash").isEqualTo(maxFailures);
        assertThat(answers).filteredOn(a -> "/login?error".equals(a.redirect())).hasSize(maxFailures);
        assertThat(answers).filteredOn(a -> "/login?throttled".equals(a.redirect())).hasSize(PARALLEL - maxFailures);

        assertThat(form(user.username(), right, newAddress()).redirect()).isEqualTo("/login?throttled");
        assertThat(checks.checks(right)).as("refused without checking it").isZero();

        windowPassed("user:" + user.username());
        assertThat(form(user.username(), right, address).redirect()).isEqualTo("/");
        assertThat(checks.checks(right)).isEqualTo(1);
    }

    @Test
    void aThrottledPasswordLeavesApiTokensAndOpenSessionsWorking() throws Exception {
        UserResponse user = fixtures.user("SALES_REP", fixtures.team().id());
        String address = newAddress();
        String created = mvc.perform(post("/api/v1/me/api-tokens").with(httpBasic(user.username(), Fixtures.PASSWORD))
                .with(from(address)).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ERP\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        Cookie session = mvc.perform(post("/login").param("username", user.username())
                .param("password", Fixtures.PASSWORD).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        String attacker = newAddress();
        for (int i = 0; i < maxFailures; i++) {
            assertThat(api(user.username(), Fixtures.unique("guess"), attacker).status()).isEqualTo(401);
        }
        assertThat(api(user.username(), Fixtures.PASSWORD, address).status()).as("throttled").isEqualTo(429);

        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token).with(from(address)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/api-tokens").header("Authorization", "Bearer " + token).with(from(attacker)))
                .andExpect(status().isOk());
        mvc.perform(get("/accounts").cookie(session).with(from(address))).andExpect(status().isOk());
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyLikeAThrottledUser() throws Exception {
        UserResponse user = fixtures.user("SALES_REP", null);
        String unknown = Fixtures.unique("nobody").toLowerCase();
        String wrong = Fixtures.unique("wrong-password");

        for (int i = 0; i <= maxFailures; i++) {
            Answer known = api(user.username(), wrong, newAddress());
            Answer nobody = api(unknown, wrong, newAddress());
            assertThat(nobody.comparable()).as("API attempt " + (i + 1)).isEqualTo(known.comparable());
            assertThat(known.status()).isEqualTo(i < maxFailures ? 401 : 429);
        }
        Answer known = api(user.username(), Fixtures.PASSWORD, newAddress());
        Answer nobody = api(unknown, Fixtures.PASSWORD, newAddress());
        assertThat(nobody.comparable()).as("the right password of a throttled user").isEqualTo(known.comparable());
        assertThat(known.status()).isEqualTo(429);
        assertThat(known.headers()).containsKey("Retry-After");
        assertThat(Long.parseLong(known.headers().get("Retry-After"))).isBetween(1L, lockout.toSeconds());
        assertThat(Long.parseLong(nobody.headers().get("Retry-After"))).isBetween(1L, lockout.toSeconds());

        UserResponse other = fixtures.user("SALES_REP", null);
        String otherUnknown = Fixtures.unique("nobody").toLowerCase();
        for (int i = 0; i <= maxFailures; i++) {
            Answer knownForm = form(other.username(), wrong, newAddress());
            Answer nobodyForm = form(otherUnknown, wrong, newAddress());
            assertThat(nobodyForm.comparable()).as("form attempt " + (i + 1)).isEqualTo(knownForm.comparable());
            assertThat(knownForm.redirect()).isEqualTo(i < maxFailures ? "/login?error" : "/login?throttled");
        }
        assertThat(form(otherUnknown, Fixtures.PASSWORD, newAddress()).comparable())
                .isEqualTo(form(other.username(), Fixtures.PASSWORD, newAddress()).comparable());
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottled() throws Exception {
        String wrong = Fixtures.unique("wrong-password");
        checks.watch(wrong);
        String address = newAddress();

        List<Answer> answers = parallel(PARALLEL, i -> () -> api(Fixtures.unique("someone").toLowerCase(), wrong,
                address));

        assertThat(answers).as("no 5xx, ever").noneMatch(Answer::serverError);
        assertThat(checks.checks(wrong)).isEqualTo(maxPerAddress);
        assertThat(answers).filteredOn(a -> a.status() == 401).hasSize(maxPerAddress);
        assertThat(answers).filteredOn(a -> a.status() == 429).hasSize(PARALLEL - maxPerAddress);

        UserResponse user = fixtures.user("SALES_REP", null);
        assertThat(api(user.username(), Fixtures.PASSWORD, address).status()).as("from the address").isEqualTo(429);
        assertThat(api(user.username(), Fixtures.PASSWORD, newAddress()).status()).as("elsewhere").isEqualTo(200);
        assertThat(form(user.username(), Fixtures.PASSWORD, address).redirect()).isEqualTo("/login?throttled");
    }

    @Test
    void addressesOfOneIpv6NetworkShareTheirBudget() throws Exception {
        int site = ThreadLocalRandom.current().nextInt(0x10000);
        int subnet = ThreadLocalRandom.current().nextInt(0xffff);
        String network = "2001:db8:" + Integer.toHexString(site) + ":" + Integer.toHexString(subnet) + ":";
        for (int i = 0; i < maxPerAddress; i++) {
            String address = network + Integer.toHexString(i + 1) + "::" + Integer.toHexString(i + 7);
            assertThat(api(Fixtures.unique("someone"), "wrong-password", address).status()).isEqualTo(401);
        }
        assertThat(api(Fixtures.unique("someone"), "wrong-password", network + "ffff:1:2:3").status())
                .as("another address of the same /64").isEqualTo(429);
        String neighbour = "2001:db8:" + Integer.toHexString(site) + ":" + Integer.toHexString(subnet + 1) + "::1";
        assertThat(api(Fixtures.unique("someone"), "wrong-password", neighbour).status())
                .as("a neighbouring /64").isEqualTo(401);
    }

    @Test
    void parallelRightPasswordsAreAllSignedInWhileOnlyTheLimitIsCheckedAtATime() throws Exception {
        String right = Fixtures.unique("right-password");
        checks.watch(right);
        UserResponse user = fixtures.userWithPassword("SALES_REP", right);
        String address = newAddress();
        int parallel = 3 * maxFailures;

        List<Answer> answers = parallel(parallel, i -> () -> api(user.username(), right, address));

        assertThat(answers).as("an integration calling in parallel on HTTP Basic").allMatch(a -> a.status() == 200);
        assertThat(checks.checks(right)).isEqualTo(parallel);
    }

    @Test
    void correctPasswordsNeverUseUpABudget() throws Exception {
        UserResponse user = fixtures.user("SALES_REP", null);
        String address = newAddress();
        for (int i = 0; i < maxPerAddress + maxFailures; i++) {
            assertThat(api(user.username(), Fixtures.PASSWORD, address).status()).as("call " + (i + 1)).isEqualTo(200);
        }
        for (int i = 0; i < maxFailures - 1; i++) {
            assertThat(api(user.username(), "wrong-password", address).status()).isEqualTo(401);
        }
        assertThat(api(user.username(), Fixtures.PASSWORD, address).status()).isEqualTo(200);
        assertThat(api(user.username(), "wrong-password", address).status()).as("the last guess").isEqualTo(401);
        assertThat(api(user.username(), Fixtures.PASSWORD, address).status()).isEqualTo(429);
    }

    /** An answer as the client sees it; a request that blew up in the server is a 5xx too. */
    private record Answer(int status, String redirect, String body, Map<String, String> headers) {

        static Answer of(MvcResult result) throws Exception {
            MockHttpServletResponse response = result.getResponse();
            Map<String, String> headers = new TreeMap<>();
            for (String name : response.getHeaderNames()) {
                headers.put(name, String.join(", ", response.getHeaders(name)));
            }
            return new Answer(response.getStatus(), response.getRedirectedUrl(), response.getContentAsString(), headers);
        }

        static Answer failed(Exception e) {
            return new Answer(500, null, e.toString(), Map.of());
        }

        boolean serverError() {
            return status >= 500;
        }

        /** Everything but the seconds of Retry-After, which depend on when each key's window started. */
        Answer comparable() {
            Map<String, String> rest = new TreeMap<>(headers);
            rest.computeIfPresent("Retry-After", (k, v) -> "…");
            return new Answer(status, redirect, body, rest);
        }
    }

    private Answer api(String username, String password, String address) {
        return perform(get("/api/v1/accounts?size=1").with(httpBasic(username, password)).with(from(address)));
    }

    private Answer form(String username, String password, String address) {
        return perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    private Answer perform(MockHttpServletRequestBuilder request) {
        try {
            return Answer.of(mvc.perform(request).andReturn());
        } catch (Exception e) {
            return Answer.failed(e);
        }
    }

    /** Runs the requests at the same moment, each on a thread of its own. */
    private static List<Answer> parallel(int count, IntFunction<Callable<Answer>> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Answer> call = request.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** As if the throttle window of these keys had started longer than the lockout ago. */
    private void windowPassed(String... keys) {
        Timestamp past = Timestamp.from(Instant.now().minus(lockout).minusSeconds(1));
        for (String key : keys) {
            assertThat(jdbc.update("update login_throttle set window_start = ? where throttle_key = ?", past, key))
                    .as("throttle row of " + key).isEqualTo(1);
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
