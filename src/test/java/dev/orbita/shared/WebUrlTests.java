package dev.orbita.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebUrlTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://orbita.dev",
            "http://example.com/path?q=1#frag",
            "HTTPS://Example.COM",
            "https://sub.example.com.br:8443/a/b",
            "http://localhost:8080"
    })
    void acceptsHttpAndHttpsUrlsUnchanged(String raw) {
        assertThat(WebUrl.of(raw).value()).isEqualTo(raw);
        assertThat(WebUrl.of(raw)).hasToString(raw);
    }

    @Test
    void trimsSurroundingWhitespaceButAddsNothing() {
        assertThat(WebUrl.of("  https://example.com  ").value()).isEqualTo("https://example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "javascript:alert(1)",
            "ftp://x",
            "ftp://example.com/file",
            "mailto:joao@example.com",
            "data:text/html,<script>alert(1)</script>",
            "example.com",
            "www.example.com/path",
            "//example.com",
            "/relative/path",
            "https://",
            "https:///path",
            "http:example.com",
            "https://exa mple.com",
            "   "
    })
    void rejectsNonWebOrRelativeUrls(String raw) {
        assertThatThrownBy(() -> WebUrl.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.url"));
    }

    @Test
    void enforcesMaximumLength() {
        String prefix = "https://example.com/";
        String max = prefix + "a".repeat(2000 - prefix.length());
        assertThat(WebUrl.of(max).value()).hasSize(2000);
        assertThatThrownBy(() -> WebUrl.of(max + "a")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void constructorValidatesToo() {
        assertThatThrownBy(() -> new WebUrl("javascript:alert(1)")).isInstanceOf(InvalidValueException.class);
    }
}
