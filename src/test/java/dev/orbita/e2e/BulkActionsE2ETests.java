package dev.orbita.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * A bulk reassign in a real browser: rows selected with their checkboxes, the new owner found with the user picker by
 * keyboard, and the list showing the new owner afterwards.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BulkActionsE2ETests {

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

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aManagerSelectsRowsAndReassignsThemToAUserFoundByTyping() {
        String base = "http://127.0.0.1:" + port;
        String word = "Lote" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        String surname = "Bulkowner" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "z");
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("en"));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        // the admin's language is whatever an earlier test left: read this test in English
        page.click(".orbita-user-toggle");
        page.click("button.orbita-lang[lang=en]");
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        APIResponse user = page.request().post(base + "/api/v1/users", RequestOptions.create()
                .setHeader("Authorization", basic()).setHeader("Content-Type", "application/json")
                .setData("{\"username\":\"" + surname.toLowerCase() + "\",\"password\":\"correct-horse-battery\","
                        + "\"fullName\":\"Rita " + surname + "\",\"email\":\"" + surname.toLowerCase()
                        + "@example.com\",\"language\":\"en\",\"timeZone\":\"America/Sao_Paulo\","
                        + "\"roles\":[\"SALES_REP\"],\"active\":true}"));
        org.assertj.core.api.Assertions.assertThat(user.status()).as(user.text()).isEqualTo(201);
        for (String suffix : new String[] {"Alfa", "Beta", "Gama"}) {
            APIResponse created = page.request().post(base + "/api/v1/accounts", RequestOptions.create()
                    .setHeader("Authorization", basic()).setHeader("Content-Type", "application/json")
                    .setData("{\"name\":\"" + word + " " + suffix + "\"}"));
            org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
        }

        page.navigate(base + "/accounts?q=" + word);
        assertThat(page.locator("table tbody tr")).hasCount(3);
        assertThat(page.locator("[data-bulk-action]").first()).isHidden();
        page.locator("tbody tr", new Page.LocatorOptions().setHasText(word + " Alfa")).locator("[data-bulk-row]").check();
        page.locator("tbody tr", new Page.LocatorOptions().setHasText(word + " Gama")).locator("[data-bulk-row]").check();
        assertThat(page.locator("[data-bulk-count]")).hasText("2 selected");

        page.click("details[data-bulk-action]:has(button[value=ASSIGN]) > summary");
        page.locator("#ownerId").focus();
        page.keyboard().type(surname.substring(0, 8));
        assertThat(page.locator("#ownerId-options [role=option]").first()).containsText("Rita " + surname);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#ownerId")).hasValue("Rita " + surname);
        Chromium.shot(page, "30-bulk-assign");
        page.click("button[value=ASSIGN]");
        page.waitForURL(Pattern.compile(".*/accounts\\?q=" + word + ".*"));

        assertThat(page.locator("[data-bulk-outcome]")).containsText("2 records changed.");
        assertThat(page.locator("[data-bulk-outcome]")).isFocused();
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(word + " Alfa")))
                .containsText("Rita " + surname);
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(word + " Gama")))
                .containsText("Rita " + surname);
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(word + " Beta")))
                .not().containsText("Rita " + surname);

        // the owner filter is a user picker too: choosing Rita narrows the list to her two accounts
        page.locator("#account-owner").focus();
        page.keyboard().type(surname.substring(0, 8));
        assertThat(page.locator("#account-owner-options [role=option]").first()).containsText("Rita " + surname);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("table tbody tr")).hasCount(2);
        assertThat(page).hasURL(Pattern.compile(".*owner=[0-9a-f-]{36}.*"));

        // at 1366 px the default columns of both lists fit: no sideways scroll, owner and updated in view
        APIResponse contact = page.request().post(base + "/api/v1/contacts", RequestOptions.create()
                .setHeader("Authorization", basic()).setHeader("Content-Type", "application/json")
                .setData("{\"firstName\":\"Maria Aparecida\",\"lastName\":\"dos Santos Figueiredo " + word
                        + "\",\"jobTitle\":\"Gerente de Compras Regional\",\"emails\":[{\"type\":\"WORK\","
                        + "\"address\":\"maria.figueiredo@" + word.toLowerCase() + ".com.br\"}]}"));
        org.assertj.core.api.Assertions.assertThat(contact.status()).as(contact.text()).isEqualTo(201);
        for (String list : new String[] {"/accounts", "/contacts"}) {
            page.navigate(base + list);
            Object overflow = page.evaluate("() => { const t = document.querySelector('.table-responsive');"
                    + " return t.scrollWidth - t.clientWidth; }");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as(list + " overflow").isLessThanOrEqualTo(0);
            for (String column : new String[] {"ownerName", "updatedAt"}) {
                var box = page.locator("thead th[data-column=" + column + "]").boundingBox();
                org.assertj.core.api.Assertions.assertThat(box).as(list + " " + column).isNotNull();
                org.assertj.core.api.Assertions.assertThat(box.x + box.width).as(list + " " + column).isLessThanOrEqualTo(1366);
            }
        }
        context.close();
    }

    @Test
    void aCellIsEditedInPlaceEnterSavesAndEscapePutsItBack() {
        String base = "http://127.0.0.1:" + port;
        String word = "Celula" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "k");
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 800).setLocale("en"));
        Page page = context.newPage();
        Chromium.signInAsAdmin(page, base);
        APIResponse created = page.request().post(base + "/api/v1/accounts", RequestOptions.create()
                .setHeader("Authorization", basic()).setHeader("Content-Type", "application/json")
                .setData("{\"name\":\"" + word + " Matriz\",\"lifecycleStage\":\"LEAD\"}"));
        org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
        String id = com.jayway.jsonpath.JsonPath.read(created.text(), "$.id");

        page.navigate(base + "/accounts?q=" + word);
        var stage = page.locator("tr[data-id='" + id + "'] td[data-cell=lifecycleStage]");
        stage.locator("[data-cell-edit]").focus();
        page.keyboard().press("Enter");
        var select = stage.locator("select[name=value]");
        assertThat(select).isFocused();
        select.selectOption("CUSTOMER");
        page.keyboard().press("Enter");
        assertThat(stage.locator("[data-cell-editor]")).hasCount(0);
        assertThat(stage.locator(".badge")).hasClass(Pattern.compile(".*bg-green-lt.*"));
        assertThat(stage.locator("[data-cell-edit]")).isFocused();

        var name = page.locator("tr[data-id='" + id + "'] td[data-cell=name]");
        name.locator("[data-cell-edit]").click();
        var input = name.locator("input[name=value]");
        assertThat(input).isFocused();
        page.keyboard().type(" changed");
        page.keyboard().press("Escape");
        assertThat(name.locator("[data-cell-editor]")).hasCount(0);
        assertThat(name).containsText(word + " Matriz");

        APIResponse after = page.request().get(base + "/api/v1/accounts/" + id, RequestOptions.create()
                .setHeader("Authorization", basic()));
        org.assertj.core.api.Assertions.assertThat(after.text()).contains("\"lifecycleStage\":\"CUSTOMER\"")
                .contains("\"name\":\"" + word + " Matriz\"");
        context.close();
    }
}
