package dev.orbita.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The system's headless Chromium (never a downloaded one; {@code -Dorbita.chromium=PATH} to choose), one per
 * browser test class, and its screenshots in target/screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Path SHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create();
        String executable = System.getProperty("orbita.chromium", "/usr/bin/chromium");
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Paths.get(executable))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Signs in through the login form as the test admin and waits for the home page. */
    static void signInAsAdmin(Page page, String base) {
        page.navigate(base + "/login");
        page.fill("input[name=username]", "admin");
        page.fill("input[name=password]", "test-admin-password");
        page.click("button[type=submit]");
        page.waitForURL(base + "/");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
