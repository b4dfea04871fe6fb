package dev.orbita.web.assets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Versioned addresses of the static assets, for templates: {@code th:href="${assets.url('/css/app.css')}"}
 * gives {@code /css/app-<content hash>.css}, and a WebJar path without version gives the WebJar's versioned
 * file; either can be cached for a year (docs/decisions/023). Each address is resolved once and remembered,
 * so a page pays a map lookup per asset — instead of Spring's {@code ResourceUrlEncodingFilter}, which tried
 * every link a page writes as a static resource.
 */
public final class AssetUrls {

    private final ResourceUrlProvider resources;
    private final UsedStylesheet stylesheet;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    AssetUrls(ResourceUrlProvider resources, UsedStylesheet stylesheet) {
        this.resources = resources;
        this.stylesheet = stylesheet;
    }

    /** The versioned address of the asset at {@code path} (as requested without version), or path itself. */
    public String url(String path) {
        String known = resolved.get(path);
        if (known != null) {
            return known;
        }
        String url = UsedStylesheet.REQUESTED.equals(path) ? stylesheet.url() : resources.getForLookupPath(path);
        if (url == null) {
            return path; // not (yet) a known resource: not remembered, so that it is tried again
        }
        resolved.put(path, url);
        return url;
    }
}
