package dev.orbita.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.orbita.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The shell's own preferences and helpers: the colour theme, the shortcut help, the token copy button. */
@IntegrationTest
class ShellPreferencesTests {

    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private UserDetails admin() {
        return users.loadUserByUsername("admin");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String htmlTag(String page) {
        Matcher m = HTML_TAG.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void withoutAChoiceThePageFollowsTheDeviceAndTheMenuSaysSystem() throws Exception {
        String page = html(get("/accounts").with(user(admin())));

        assertThat(htmlTag(page)).contains("data-orbita-theme=\"system\"").doesNotContain("data-bs-theme");
        assertThat(page).containsPattern("data-theme=\"system\"[^>]*aria-current=\"true\"")
                .contains("/js/theme-").contains("content=\"light dark\"");
    }

    @Test
    void choosingDarkIsRememberedOnTheDeviceAndRenderedOnEveryPageIncludingTheLoginPage() throws Exception {
        var answer = mvc.perform(post("/preferences/theme").with(user(admin())).with(csrf())
                        .param("theme", "dark").param("redirect", "/contacts?q=ana"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/contacts?q=ana"))
                .andReturn().getResponse();
        String setCookie = answer.getHeader("Set-Cookie");
        assertThat(setCookie).startsWith("orbita_theme=dark").contains("Max-Age=31536000").contains("HttpOnly")
                .contains("SameSite=Lax").contains("Path=/");

        Cookie dark = new Cookie("orbita_theme", "dark");
        String page = html(get("/accounts").with(user(admin())).cookie(dark));
        assertThat(htmlTag(page)).contains("data-bs-theme=\"dark\"").contains("data-orbita-theme=\"dark\"");
        assertThat(page).containsPattern("data-theme=\"dark\"[^>]*aria-current=\"true\"");
        assertThat(htmlTag(html(get("/login").cookie(dark)))).contains("data-bs-theme=\"dark\"");
        assertThat(htmlTag(html(get("/accounts/" + java.util.UUID.randomUUID()).with(user(admin())).cookie(dark))))
                .as("the not-found page").contains("data-bs-theme=\"dark\"");

        String light = html(get("/accounts").with(user(admin())).cookie(new Cookie("orbita_theme", "light")));
        assertThat(htmlTag(light)).contains("data-bs-theme=\"light\"");
    }

    @Test
    void backToSystemForgetsTheChoiceAndNonsenseIsSystemNotAnError() throws Exception {
        var answer = mvc.perform(post("/preferences/theme").with(user(admin())).with(csrf())
                        .param("theme", "system").param("redirect", "https://evil.example/"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn().getResponse();
        assertThat(answer.getHeader("Set-Cookie")).startsWith("orbita_theme=system").contains("Max-Age=0");

        mvc.perform(post("/preferences/theme").with(user(admin())).with(csrf()).param("theme", "<b>neon</b>"))
                .andExpect(status().isFound());
        String page = html(get("/accounts").with(user(admin())).cookie(new Cookie("orbita_theme", "neon\u00e9")));
        assertThat(htmlTag(page)).contains("data-orbita-theme=\"system\"").doesNotContain("data-bs-theme");

        mvc.perform(post("/preferences/theme").param("theme", "dark").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theReducedStylesheetKeepsTablersDarkThemeAndTheBadgeContrastFix() throws Exception {
        String page = html(get("/login"));
        Matcher css = Pattern.compile("href=\"(/css/tabler-[0-9a-f]+\\.css)\"").matcher(page);
        assertThat(css.find()).isTrue();
        String sheet = html(get(css.group(1)));
        assertThat(sheet).contains("[data-bs-theme=dark]");
        Matcher app = Pattern.compile("href=\"(/css/app-[0-9a-f]+\\.css)\"").matcher(page);
        assertThat(app.find()).isTrue();
        assertThat(html(get(app.group(1)))).contains("[data-bs-theme=dark] .badge.bg-azure-lt")
                .contains(".badge.bg-yellow-lt { color: #845600");
    }

    @Test
    void questionMarkHelpListsTheShortcutsAndANewTokenHasACopyButton() throws Exception {
        String page = html(get("/accounts").with(user(admin())));
        assertThat(page).contains("<dialog class=\"orbita-help-dialog\" id=\"shortcut-help\"")
                .contains("<kbd>Ctrl</kbd> + <kbd>K</kbd>").contains("data-shortcut-help").contains("/js/shell-");

        String tokens = html(post("/me/api-tokens").with(user(admin())).with(csrf()).param("name", "copy test"));
        assertThat(tokens).containsPattern("id=\"new-token\"[^>]*value=\"orb_")
                .containsPattern("data-copy-target=\"#new-token\"")
                .contains("id=\"copy-status\" role=\"status\"");
    }
}
