package dev.orbita.web.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.webjars.WebJarVersionLocator;

/**
 * The reduced stylesheet against the pages as rendered: every class a page uses that Tabler styles is
 * still styled. A class built in a way the reduction cannot see would fail here.
 */
@IntegrationTest
class StylesheetCoverageTests {

    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("class=\"([^\"]*)\"");
    private static final Pattern CSS_CLASS = Pattern.compile("\\.(-?[A-Za-z_][A-Za-z0-9_-]*)");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UsedStylesheet stylesheet;

    @Test
    void everyTablerClassOnThePagesIsInTheReducedStylesheet() throws Exception {
        UserDetails admin = users.loadUserByUsername("admin");
        String account = mvc.perform(post("/api/v1/accounts").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + Fixtures.unique("Estrela") + "\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String accountId = JsonPath.read(account, "$.id");
        String contact = mvc.perform(post("/api/v1/contacts").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"Joana\",\"lastName\":\"" + Fixtures.unique("Silva")
                                + "\",\"accountId\":\"" + accountId + "\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String contactId = JsonPath.read(contact, "$.id");

        Set<String> used = new TreeSet<>(classesOf(mvc.perform(get("/login")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)));
        for (String page : new String[] {"/", "/accounts", "/accounts/new", "/accounts/" + accountId,
                "/accounts/" + accountId + "/edit", "/contacts", "/contacts/new", "/contacts/" + contactId,
                "/contacts/" + contactId + "/edit", "/search?q=Joana", "/admin/users", "/admin/users/new",
                "/admin/teams", "/admin/roles", "/me/api-tokens", "/recycle-bin", "/accounts?q=zzzz-nothing", "/no-such-page"}) {
            var response = mvc.perform(get(page).with(user(admin))).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isIn(200, 404);
            used.addAll(classesOf(response.getContentAsString(StandardCharsets.UTF_8)));
        }

        Set<String> styledByTabler = classesOfCss(fullTabler());
        Set<String> styledNow = classesOfCss(new String(stylesheet.body(), StandardCharsets.UTF_8));
        used.retainAll(styledByTabler);
        assertThat(used).hasSizeGreaterThan(80);
        Set<String> lost = new TreeSet<>(used);
        lost.removeAll(styledNow);
        assertThat(lost).as("classes on the pages that Tabler styles but the reduced stylesheet lost").isEmpty();
    }

    private static Set<String> classesOf(String html) {
        Set<String> classes = new TreeSet<>();
        Matcher m = CLASS_ATTRIBUTE.matcher(html);
        while (m.find()) {
            for (String c : m.group(1).trim().split("\\s+")) {
                if (!c.isEmpty()) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }

    private static Set<String> classesOfCss(String css) {
        Set<String> classes = new TreeSet<>();
        Matcher m = CSS_CLASS.matcher(css);
        while (m.find()) {
            classes.add(m.group(1));
        }
        return classes;
    }

    private static String fullTabler() throws java.io.IOException {
        String path = new WebJarVersionLocator().fullPath(UsedStylesheet.WEBJAR, UsedStylesheet.FULL_PATH);
        try (var in = StylesheetCoverageTests.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
