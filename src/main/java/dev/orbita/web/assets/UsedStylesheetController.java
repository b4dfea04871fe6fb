package dev.orbita.web.assets;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the reduced Tabler stylesheet; only its current version, cached for a year. No ETag: the address
 * changes with the content, and Tomcat does not compress a response that has a strong one.
 */
@Controller
class UsedStylesheetController {

    private static final MediaType CSS = new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);

    private final UsedStylesheet stylesheet;

    UsedStylesheetController(UsedStylesheet stylesheet) {
        this.stylesheet = stylesheet;
    }

    @GetMapping(UsedStylesheet.URL_PREFIX + "{version}.css")
    ResponseEntity<byte[]> stylesheet(@PathVariable String version) {
        if (!version.equals(stylesheet.version())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .contentType(CSS)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(stylesheet.body());
    }
}
