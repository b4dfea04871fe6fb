package dev.orbita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * Lists in a real browser: the column chooser changes the table and is remembered, a saved view reopens from
 * its address on another device (a new browser session), and a deleted account comes back with Undo.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ListViewsE2ETests {

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
                .setViewportSize(1366, 800).setLocale("en"));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        return page;
    }

    private static void newAccount(Page page, String base, String name) {
        page.navigate(base + "/accounts/new");
        page.fill("input[name=name]", name);
        page.click("form button[type=submit].btn-primary");
        page.waitForURL(Pattern.compile(".*/accounts/[0-9a-f-]{36}.*"));
    }

    @Test
    void theColumnChooserAndASavedViewReopenedFromItsAddressInANewSession() {
        String base = "http://127.0.0.1:" + port;
        String word = "Vista" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "v");
        Page page = signedIn(base);
        newAccount(page, base, word + " Alfa");
        newAccount(page, base, word + " Beta");

        page.navigate(base + "/accounts?q=" + word);
        assertThat(page.locator("table thead th[data-column=taxId]")).hasCount(1);
        page.click("details.orbita-columns > summary");
        page.uncheck("details.orbita-columns input[name=columns][value=taxId]");
        page.click("details.orbita-columns button[type=submit].btn-primary");
        page.waitForLoadState();
        assertThat(page.locator("table thead th[data-column=taxId]")).hasCount(0);
        assertThat(page.locator("table tbody tr")).hasCount(2);
        Chromium.shot(page, "12-columns-chosen");

        page.click("details.orbita-views > summary");
        page.fill("details.orbita-views input[name=name]", word + " view");
        page.click("details.orbita-views form button[type=submit].btn-primary");
        page.waitForURL(Pattern.compile(".*/accounts\\?view=[0-9a-f-]{36}.*"));
        String viewUrl = page.url();

        // the same user on another device: the view's filter and columns come with its address
        Page other = signedIn(base);
        other.navigate(viewUrl);
        assertThat(other.locator("details.orbita-views > summary")).containsText(word + " view");
        assertThat(other.locator("table tbody tr")).hasCount(2);
        assertThat(other.locator("table tbody")).containsText(word + " Alfa");
        assertThat(other.locator("table thead th[data-column=taxId]")).hasCount(0);

        // the user's own column choice is back to all columns for the next tests
        other.navigate(base + "/accounts");
        other.click("details.orbita-columns > summary");
        other.check("details.orbita-columns input[name=columns][value=taxId]");
        other.click("details.orbita-columns button[type=submit].btn-primary");
        other.waitForLoadState();
        assertThat(other.locator("table thead th[data-column=taxId]")).hasCount(1);
        other.context().close();
        page.context().close();
    }

    @Test
    void aDeletedAccountIsConfirmedInADialogAndComesBackWithUndo() {
        String base = "http://127.0.0.1:" + port;
        String name = "Lixo" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x") + " Ltda";
        Page page = signedIn(base);
        newAccount(page, base, name);
        String record = page.url();

        page.locator("form[action$='/delete'] button[type=submit]").first().click();
        assertThat(page.locator("#confirm-dialog")).isVisible();
        assertThat(page.locator("#confirm-dialog")).containsText(name);
        page.keyboard().press("Escape");
        assertThat(page.locator("#confirm-dialog")).isHidden();
        assertThat(page).hasURL(record);

        page.locator("form[action$='/delete'] button[type=submit]").first().click();
        page.click("#confirm-dialog [data-confirm-ok]");
        page.waitForURL(base + "/accounts");
        assertThat(page.locator("#toast-region")).containsText(name);
        org.assertj.core.api.Assertions.assertThat(page.request().get(record).status()).isEqualTo(404);
        Chromium.shot(page, "13-undo-toast");
        page.locator("#toast-region button.orbita-undo").click();
        page.waitForURL(record);
        assertThat(page.locator("h1")).containsText(name);
        page.context().close();
    }

    @Test
    void onAPhoneListRowsAreLabelledCardsAndNothingScrollsSideways() {
        String base = "http://127.0.0.1:" + port;
        String name = "Celular" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "c") + " Comércio";
        Page desk = signedIn(base);
        newAccount(desk, base, name);
        Page phone = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setStorageState(desk.context().storageState())).newPage();
        for (String list : new String[] {"/accounts?q=" + name.split(" ")[0], "/contacts"}) {
            phone.navigate(base + list);
            Object sideways = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) sideways).intValue()).as(list).isLessThanOrEqualTo(0);
        }
        phone.navigate(base + "/accounts?q=" + name.split(" ")[0]);
        Object headHeight = phone.locator("table thead").evaluate("h => h.getBoundingClientRect().height");
        org.assertj.core.api.Assertions.assertThat(((Number) headHeight).doubleValue()).isLessThanOrEqualTo(1.0);
        var row = phone.locator("tbody tr").first();
        assertThat(row).containsText(name);
        Object display = row.locator("td").nth(1).evaluate("td => getComputedStyle(td).display");
        org.assertj.core.api.Assertions.assertThat(display).isEqualTo("flex");
        Object label = row.locator("td").nth(1).evaluate("td => getComputedStyle(td, '::before').content");
        org.assertj.core.api.Assertions.assertThat(label.toString()).isNotEqualTo("none").isNotEqualTo("\"\"");
        Chromium.shot(phone, "14-phone-account-cards");
        phone.context().close();
        desk.context().close();
    }
}
