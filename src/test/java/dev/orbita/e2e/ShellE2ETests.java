package dev.orbita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shell in a real browser: the theme follows the device until the user picks one in the user menu, the
 * "?" shortcut help opens and closes from the keyboard, a new API token is copied with one click, a record
 * picker is driven with the keyboard only.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ShellE2ETests {

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

    /** The page's background brightness, 0 (black) to 255 (white). */
    private static double brightness(Page page) {
        Object rgb = page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        String[] parts = rgb.toString().replaceAll("[^0-9,.]", "").split(",");
        return 0.299 * Double.parseDouble(parts[0]) + 0.587 * Double.parseDouble(parts[1])
                + 0.114 * Double.parseDouble(parts[2]);
    }

    @Test
    void darkDeviceGivesADarkPageUntilTheUserChoosesLightAndBack() {
        String base = "http://127.0.0.1:" + port;
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("pt-BR").setColorScheme(ColorScheme.DARK));
        Page page = context.newPage();

        page.navigate(base + "/login");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
        assertThat(brightness(page)).isLessThan(60);
        Chromium.signInAsAdmin(page, base);
        page.navigate(base + "/accounts");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
        Chromium.shot(page, "10-dark-accounts");

        page.click(".orbita-user-toggle");
        page.click("button.orbita-theme-option[data-theme=light]");
        page.waitForURL(base + "/accounts");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "light");
        assertThat(brightness(page)).isGreaterThan(200);
        page.reload();
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "light");

        page.click(".orbita-user-toggle");
        page.click("button.orbita-theme-option[data-theme=system]");
        page.waitForURL(base + "/accounts");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
        assertThat(page.locator("html")).hasAttribute("data-orbita-theme", "system");
        context.close();
    }

    @Test
    void questionMarkOpensTheShortcutHelpAndEscapeClosesItWhereFocusWas() {
        String base = "http://127.0.0.1:" + port;
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("en"));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        page.navigate(base + "/accounts");

        page.locator(".orbita-user-toggle").focus();
        page.keyboard().press("?");
        assertThat(page.locator("#shortcut-help")).isVisible();
        assertThat(page.locator("#shortcut-help")).containsText("Ctrl");
        page.keyboard().press("Escape");
        assertThat(page.locator("#shortcut-help")).isHidden();
        assertThat(page.locator(".orbita-user-toggle")).isFocused();

        page.locator("input[name=q]").first().focus();
        page.keyboard().type("a?");
        assertThat(page.locator("#shortcut-help")).isHidden();
        context.close();
    }

    @Test
    void aNewTokenIsCopiedWithOneClick() {
        String base = "http://127.0.0.1:" + port;
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("en"));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        page.navigate(base + "/me/api-tokens");
        page.fill("input[name=name]", "copy in browser");
        page.locator("form button[type=submit].btn-primary").click();
        String token = page.locator("#new-token").inputValue();
        assertThat(token).startsWith("orb_");

        String copied = page.locator("#copy-new-token").getAttribute("data-copied-text");
        page.click("#copy-new-token");
        assertThat(page.locator("#copy-new-token")).containsText(copied);
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(token);
        context.close();
    }

    @Test
    void theAccountPickerIsDrivenWithTheKeyboardOnly() {
        String base = "http://127.0.0.1:" + port;
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("en"));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        String word = "Keyboard" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "k");
        page.navigate(base + "/accounts/new");
        page.fill("input[name=name]", word + " Sociedade");
        page.click("form button[type=submit].btn-primary");
        page.waitForURL(java.util.regex.Pattern.compile(".*/accounts/[0-9a-f-]{36}.*"));
        String accountId = page.url().replaceAll(".*/accounts/([0-9a-f-]{36}).*", "$1");

        page.navigate(base + "/contacts/new");
        page.locator("input[name=lastName]").focus();
        page.keyboard().type("Teclado");
        page.keyboard().press("Tab"); // job title or the next field: walk to the picker with Tab
        page.locator("#accountId").focus();
        page.keyboard().type(word.substring(0, 9).toLowerCase());
        assertThat(page.locator("#accountId-options")).isVisible();
        assertThat(page.locator("#accountId")).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#accountId-options [role=option]").first()).containsText(word + " Sociedade");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#accountId")).hasAttribute("aria-activedescendant", "accountId-options-0");
        page.keyboard().press("Enter");
        assertThat(page.locator("#accountId-options")).isHidden();
        assertThat(page.locator("#accountId")).hasValue(word + " Sociedade");
        assertThat(page.locator("input[type=hidden][name=accountId]")).hasValue(accountId);
        Chromium.shot(page, "11-picker-chosen");

        // Escape puts back the picked account after a stray edit
        page.keyboard().type(" oops");
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        assertThat(page.locator("#accountId")).hasValue(word + " Sociedade");

        page.click("form button[type=submit].btn-primary");
        page.waitForURL(java.util.regex.Pattern.compile(".*/contacts/[0-9a-f-]{36}.*"));
        assertThat(page.locator("a[href='/accounts/" + accountId + "']").first()).isVisible();
        context.close();
    }
}
