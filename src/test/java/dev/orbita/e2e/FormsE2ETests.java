package dev.orbita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shared form machinery in a real browser (issue 7 §7): a phone row added with its button, a rejected
 * submit that puts the focus on the error summary, a summary link that focuses its field, the unsaved-changes
 * mark after adding a row, the region list following the country, the save bar clear of the focused field, and
 * a landline saved as a landline. Everything is found by ids, names and values, not by the admin's language.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormsE2ETests {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page signedIn(String base) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("en").setReducedMotion(ReducedMotion.REDUCE));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        return page;
    }

    private static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
    }

    @Test
    void anAddedRowARejectedSubmitWithItsErrorSummaryAndALandlineSaved() {
        String base = "http://127.0.0.1:" + port;
        String name = "Formas" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "f") + " Ltda";
        Page page = signedIn(base);
        page.navigate(base + "/accounts/new");

        Locator phones = page.locator("[data-rows=phones] > [data-row]");
        assertThat(phones).hasCount(1);
        assertThat(page.locator("form[data-warn-unsaved][data-dirty]")).hasCount(0);
        page.click("[data-row-add=phones]");
        assertThat(phones).hasCount(2);
        // the copy is renumbered, takes the focus, and the form counts as changed
        assertThat(page.locator("input[name='phones[1].number']")).hasCount(1);
        assertThat(page.locator("input[name='phones[1].number']")).isFocused();
        assertThat(phones.nth(1).locator("[data-row-remove]")).hasAttribute("aria-label", Pattern.compile(".*2$"));
        assertThat(page.locator("form[data-warn-unsaved][data-dirty]")).hasCount(1);

        // the region follows the country: Portuguese districts, then free text, then Brazilian states again
        page.selectOption("select[name='addresses[0].country']", "PT");
        assertThat(byId(page, "addresses0.region")).hasAttribute("data-region-for", "PT");
        assertThat(byId(page, "addresses0.postalCode")).hasAttribute("placeholder", "0000-000");
        page.selectOption("select[name='addresses[0].country']", "US");
        assertThat(byId(page, "addresses0.region")).hasAttribute("data-region-for", "*");
        page.selectOption("select[name='addresses[0].country']", "BR");
        assertThat(byId(page, "addresses0.region")).hasAttribute("data-region-for", "BR");

        // no name and a phone that is no number: rejected, and the focus is on the summary
        page.fill("input[name='phones[0].number']", "+55 11 3333-4444");
        page.fill("input[name='phones[1].number']", "12");
        page.click("form button[type=submit].btn-primary");
        page.waitForLoadState();
        assertThat(page.locator("[data-error-summary]")).isVisible();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary] a[data-error-link]")).hasCount(2);
        Chromium.shot(page, "20-form-error-summary");

        page.click("[data-error-summary] a[href='#phones1.number']");
        assertThat(byId(page, "phones1.number")).isFocused();
        assertThat(focusedId(page)).isEqualTo("phones1.number");
        page.click("[data-error-summary] a[href='#name']");
        assertThat(byId(page, "name")).isFocused();

        // the save bar sticks to the bottom and a focused field stays clear of it (no smooth scrolling to wait for)
        byId(page, "notes").focus();
        BoundingBox notes = byId(page, "notes").boundingBox();
        BoundingBox bar = page.locator(".orbita-save-bar").boundingBox();
        assertThat(bar.y + bar.height).isLessThanOrEqualTo(800.5);
        assertThat(notes.y + notes.height).as("notes %s..%s, bar from %s", notes.y, notes.y + notes.height, bar.y)
                .isLessThanOrEqualTo(bar.y);

        // remove the bad phone with its button, name the account, save: the rows are sent numbered 0, 1 again
        List<String> posted = new ArrayList<>();
        page.onRequest(r -> {
            if ("POST".equals(r.method()) && r.url().endsWith("/accounts")) {
                posted.add(r.postData());
            }
        });
        page.locator("[data-rows=phones] > [data-row]").nth(1).locator("[data-row-remove]").click();
        assertThat(page.locator("[data-rows=phones] > [data-row]")).hasCount(2);
        page.fill("input[name=name]", name);
        page.click("form button[type=submit].btn-primary");
        page.waitForURL(Pattern.compile(".*/accounts/[0-9a-f-]{36}$"));
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0)).contains("phones%5B0%5D.number=%2B55+11+3333-4444", "phones%5B1%5D.number=")
                .doesNotContain("phones%5B2%5D");

        // the landline left on "automatic" is a landline, in the edit form too (seen in the dark theme)
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(page.url() + "/edit");
        if ("dark".equals(page.evaluate("() => document.documentElement.getAttribute('data-bs-theme')"))) {
            assertThat((String) page.evaluate("() => getComputedStyle(document.querySelector('.orbita-save-bar'))"
                    + ".backgroundColor")).isNotEqualTo("rgb(255, 255, 255)");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("21-form-save-bar.png")));
        assertThat(page.locator("select[name='phones[0].type']")).hasValue("LANDLINE");
        assertThat(page.locator("input[name='phones[0].number']")).hasValue("+551133334444");
        page.context().close();
    }
}
