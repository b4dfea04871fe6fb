package dev.orbita.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.support.HttpApi;
import dev.orbita.support.HttpApi.Answer;
import dev.orbita.support.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser gets for the page's assets over a real server: versioned addresses, a year of cache, gzip. */
@ServerTest
class StaticAssetsTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|images|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    private List<String> assetsOf(String html) {
        List<String> urls = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    @Test
    void everyAssetOfThePageHasAVersionedAddressCachedForAYear() {
        HttpApi browser = HttpApi.anonymous(port);
        Answer login = browser.get("/login");
        assertThat(login.status()).isEqualTo(200);

        List<String> assets = assetsOf(login.body());
        assertThat(assets).anyMatch(u -> u.matches("/css/tabler-[0-9a-f]{16}\\.css"))
                .anyMatch(u -> u.matches("/css/app-[0-9a-f]{32}\\.css"))
                .anyMatch(u -> u.matches("/js/app-[0-9a-f]{32}\\.js"))
                .anyMatch(u -> u.matches("/images/favicon-[0-9a-f]{32}\\.svg"))
                .noneMatch(u -> u.equals("/css/app.css") || u.contains("tabler.min.css"));
        for (String url : assets) {
            Answer asset = browser.get(url);
            assertThat(asset.status()).as(url).isEqualTo(200);
            assertThat(asset.header("cache-control")).as(url).hasValueSatisfying(cc -> assertThat(cc)
                    .contains("max-age=31536000").contains("public").doesNotContain("no-store").doesNotContain("no-cache"));
        }
    }

    @Test
    void theStylesheetIsTablersReducedToWhatThePagesUseAndAnOldVersionIsGone() {
        HttpApi browser = HttpApi.anonymous(port);
        String url = assetsOf(browser.get("/login").body()).stream()
                .filter(u -> u.startsWith("/css/tabler-")).findFirst().orElseThrow();

        Answer reduced = browser.get(url);
        Answer full = browser.get("/webjars/tabler__core/dist/css/tabler.min.css");
        assertThat(reduced.contentType()).startsWith("text/css");
        assertThat(full.status()).isEqualTo(200);
        assertThat(reduced.body().length()).isLessThan(full.body().length() / 3);
        assertThat(reduced.body()).contains(".btn{").contains(".card{").contains(".form-control{")
                .contains("Licensed under MIT");

        assertThat(browser.get("/css/tabler-0123456789abcdef.css").status()).isEqualTo(404);
    }

    @Test
    void pagesStylesheetsAndScriptsAreSentCompressedToClientsThatAcceptIt() {
        HttpApi browser = HttpApi.anonymous(port);
        Answer login = browser.get("/login");
        List<String> assets = assetsOf(login.body());
        for (String url : List.of("/login",
                assets.stream().filter(u -> u.startsWith("/css/tabler-")).findFirst().orElseThrow(),
                assets.stream().filter(u -> u.startsWith("/js/app-")).findFirst().orElseThrow())) {
            Answer gzip = browser.send("GET", url, Map.of("Accept-Encoding", "gzip"), null);
            assertThat(gzip.status()).as(url).isEqualTo(200);
            assertThat(gzip.header("content-encoding")).as(url).contains("gzip");
            assertThat(browser.get(url).header("content-encoding")).as(url + " without Accept-Encoding").isEmpty();
        }
    }
}
