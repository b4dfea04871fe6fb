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
 * A person's path through Orbita in headless Chromium (the system's, never a downloaded one): sign in,
 * create an account and a contact, open the account's Contacts tab and its Customer 360, find the
 * contact with the search box, edit it, see the change on the History tab, switch language. Screenshots go to target/screenshots.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerJourneyE2ETests {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void shot(Page page, String name) {
        Chromium.shot(page, name);
    }

    @Test
    void signInCreateFindEditAndSwitchLanguage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setLocale("pt-BR"));
        Page page = context.newPage();
        String base = "http://127.0.0.1:" + port;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String accountName = "Comércio Aurora " + suffix;
        String lastName = "Conceição" + suffix.replaceAll("[0-9]", "x");

        page.navigate(base + "/login");
        shot(page, "01-login");
        page.fill("input[name=username]", "admin");
        page.fill("input[name=password]", "test-admin-password");
        page.click("button[type=submit]");
        page.waitForURL(base + "/");
        assertThat(page.locator("h1")).containsText("Início");
        assertThat(page.locator("[data-panel=recent]")).containsText("Alterados recentemente");
        page.navigate(base + "/accounts");
        assertThat(page.locator("h1")).containsText("Contas");

        // a new account
        page.navigate(base + "/accounts/new");
        page.fill("input[name=name]", accountName);
        page.fill("input[name=taxId]", "11.222.333/0001-81");
        page.click("form button[type=submit].btn-primary");
        page.waitForURL(Pattern.compile(".*/accounts/[0-9a-f-]{36}.*"));
        assertThat(page.locator("h1")).containsText(accountName);
        shot(page, "02-account");
        String accountId = page.url().replaceAll(".*/accounts/([0-9a-f-]{36}).*", "$1");

        // a contact on that account
        page.navigate(base + "/contacts/new?accountId=" + accountId);
        page.fill("input[name=firstName]", "Joana");
        page.fill("input[name=lastName]", lastName);
        page.fill("input[name='emails[0].address']", "joana." + suffix + "@aurora.example.com");
        page.click("form button[type=submit].btn-primary");
        page.waitForURL(Pattern.compile(".*/contacts/[0-9a-f-]{36}.*"));
        assertThat(page.locator("h1")).containsText(lastName);

        // the account's Contacts tab loads in place and can be bookmarked; its Customer 360 fills its cards
        page.navigate(base + "/accounts/" + accountId);
        page.click("[data-record-tab][data-tab=contacts]");
        assertThat(page.locator("#record-tab-panel")).containsText(lastName);
        assertThat(page.locator("#record-tab-contacts")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#record-tab-overview")).hasAttribute("aria-selected", "false");
        assertThat(page).hasURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=contacts$"));
        shot(page, "02a-account-contacts-tab");
        page.navigate(base + "/accounts/" + accountId + "/360");
        assertThat(page.locator("[data-panel=contacts]")).containsText(lastName);
        assertThat(page.locator(".orbita-slot")).hasCount(0);
        shot(page, "02b-customer-360");

        // find her with the global search box, without accents
        page.navigate(base + "/accounts");
        String folded = lastName.replace("ç", "c").replace("ã", "a").toLowerCase();
        page.click("#global-search");
        page.keyboard().type("joana " + folded);
        assertThat(page.locator("#global-search-results a").first()).containsText(lastName);
        shot(page, "03-search");
        page.locator("#global-search-results a").first().click();
        page.waitForURL(Pattern.compile(".*/contacts/[0-9a-f-]{36}.*"));

        // edit, then see the change on the History tab
        page.click("a[href$='/edit']");
        page.fill("input[name=jobTitle]", "Diretora de Compras");
        page.click("form button[type=submit].btn-primary");
        page.waitForURL(Pattern.compile(".*/contacts/[0-9a-f-]{36}$"));
        page.locator("[data-record-tab][data-tab=history]").click();
        var change = page.locator(".history-list li").first();
        assertThat(change).containsText("alterou");
        assertThat(change.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Cargo")))
                .containsText("Diretora de Compras");
        assertThat(page.locator(".history-list")).containsText("Comercial · joana.");
        shot(page, "04-history");

        // the home page lists what changed lately, newest first
        page.navigate(base + "/");
        assertThat(page.locator("[data-panel=recent] li").first()).containsText(lastName);
        assertThat(page.locator("[data-panel=recent]")).containsText(accountName);
        assertThat(page.locator("[data-panel=recent]")).not().containsText("Nada foi alterado");
        shot(page, "04b-home");

        // switch the interface to English
        page.click(".orbita-user-toggle");
        page.click("button.orbita-lang[lang=en]");
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("nav.orbita-nav")).containsText("Contacts");
        shot(page, "05-english");

        // the same pages on a phone
        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setStorageState(context.storageState())).newPage();
        phone.navigate(base + "/contacts");
        assertThat(phone.locator("h1")).containsText("Contacts");
        shot(phone, "06-phone-contacts");
        phone.navigate(base + "/accounts/" + accountId + "/360");
        assertThat(phone.locator("[data-panel=contacts]")).containsText(lastName);
        assertThat(phone.locator(".orbita-slot")).hasCount(0);
        shot(phone, "07-phone-customer-360");
        context.close();
    }
}
