package dev.orbita.web.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.webjars.WebJarVersionLocator;

/**
 * Tabler's stylesheet reduced to the rules the application's pages can use (docs/decisions/023), built once
 * at start from the stylesheet in the Tabler WebJar and the templates and scripts on the class path, and
 * served under a name that carries a hash of its content.
 */
final class UsedStylesheet {

    static final String WEBJAR = "tabler__core";
    static final String FULL_PATH = "dist/css/tabler.min.css";
    /** The address templates ask for ({@code assets.url(...)}): the full stylesheet, version-less. */
    static final String REQUESTED = "/webjars/" + WEBJAR + "/" + FULL_PATH;
    static final String URL_PREFIX = "/css/tabler-";

    private static final Logger log = LoggerFactory.getLogger(UsedStylesheet.class);

    private final byte[] body;
    private final String version;
    private final int fullSize;

    UsedStylesheet(String css, String fullCss) {
        this.body = css.getBytes(StandardCharsets.UTF_8);
        this.version = hash(body);
        this.fullSize = fullCss.getBytes(StandardCharsets.UTF_8).length;
    }

    static UsedStylesheet build(List<String> builtNamePatterns) {
        String fullCss = read(new WebJarVersionLocator().fullPath(WEBJAR, FULL_PATH));
        ClassVocabulary vocabulary = ClassVocabulary.of(List.of(
                "classpath*:templates/**/*.html",
                "classpath*:static/js/**/*.js",
                "classpath*:META-INF/resources/webjars/htmx.org/*/dist/htmx.min.js"), builtNamePatterns);
        UsedStylesheet sheet = new UsedStylesheet(UnusedRules.purge(fullCss, vocabulary), fullCss);
        log.info("Tabler stylesheet reduced to the rules in use: {} of {} bytes ({} words in templates and scripts)",
                sheet.body.length, sheet.fullSize, vocabulary.size());
        return sheet;
    }

    private static String read(String classpathLocation) {
        if (classpathLocation == null) {
            throw new IllegalStateException("the Tabler WebJar is not on the class path");
        }
        try (InputStream in = UsedStylesheet.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + classpathLocation);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] body() {
        return body;
    }

    String version() {
        return version;
    }

    String url() {
        return URL_PREFIX + version + ".css";
    }

    int fullSize() {
        return fullSize;
    }
}
