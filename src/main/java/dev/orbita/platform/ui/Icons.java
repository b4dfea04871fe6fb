package dev.orbita.platform.ui;

import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The shell's line icons as ready markup, for templates as {@code shellIcons} ({@code layout/fragments :: icon(name)}).
 * Written once per name instead of a template switch of every icon at each use: a page shows twenty of them.
 * An unknown name gives a dot.
 */
public final class Icons {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon\" width=\"24\" "
            + "height=\"24\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.75\" "
            + "stroke-linecap=\"round\" stroke-linejoin=\"round\" aria-hidden=\"true\" focusable=\"false\">";

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("home", "<path d=\"M3.5 11.5 12 4l8.5 7.5\"/><path d=\"M5.5 10v10h13V10\"/><path d=\"M10 20v-5.5h4V20\"/>"),
            Map.entry("building", "<path d=\"M3 21h18\"/><path d=\"M5 21V5a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v16\"/><path d=\"M15 9h2a2 2 0 0 1 2 2v10\"/><path d=\"M8.5 7.5h3M8.5 11.5h3M8.5 15.5h3\"/>"),
            Map.entry("user", "<circle cx=\"12\" cy=\"8\" r=\"4\"/><path d=\"M4.5 20.5a7.5 7.5 0 0 1 15 0\"/>"),
            Map.entry("users", "<circle cx=\"9\" cy=\"8\" r=\"3.5\"/><path d=\"M2.5 20a6.5 6.5 0 0 1 13 0\"/><path d=\"M16 4.6a3.5 3.5 0 0 1 0 6.8\"/><path d=\"M18.5 14.2A6.5 6.5 0 0 1 21.5 20\"/>"),
            Map.entry("team", "<circle cx=\"12\" cy=\"7.5\" r=\"3\"/><circle cx=\"5\" cy=\"10\" r=\"2\"/><circle cx=\"19\" cy=\"10\" r=\"2\"/><path d=\"M7 20a5 5 0 0 1 10 0\"/><path d=\"M2 19a3 3 0 0 1 4.2-2.8\"/><path d=\"M22 19a3 3 0 0 0-4.2-2.8\"/>"),
            Map.entry("shield", "<path d=\"M12 3 19.5 6v5.5c0 4.6-3.2 8.1-7.5 9.5-4.3-1.4-7.5-4.9-7.5-9.5V6z\"/><path d=\"m9 12 2.2 2.2L15.5 10\"/>"),
            Map.entry("search", "<circle cx=\"10.5\" cy=\"10.5\" r=\"6.5\"/><path d=\"m20 20-4.8-4.8\"/>"),
            Map.entry("plus", "<path d=\"M12 5v14M5 12h14\"/>"),
            Map.entry("key", "<circle cx=\"8\" cy=\"15\" r=\"4\"/><path d=\"m10.9 12.1 8.6-8.6\"/><path d=\"m16.5 6.5 2.5 2.5\"/><path d=\"m14 9 2 2\"/>"),
            Map.entry("globe", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M3 12h18\"/><path d=\"M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z\"/>"),
            Map.entry("logout", "<path d=\"M14 8V5.5A1.5 1.5 0 0 0 12.5 4h-7A1.5 1.5 0 0 0 4 5.5v13A1.5 1.5 0 0 0 5.5 20h7a1.5 1.5 0 0 0 1.5-1.5V16\"/><path d=\"M9 12h11.5\"/><path d=\"m17.5 9 3 3-3 3\"/>"),
            Map.entry("contrast", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M12 3v18\"/><path d=\"M12 3a9 9 0 0 1 0 18z\" fill=\"currentColor\"/>"),
            Map.entry("keyboard", "<rect x=\"3\" y=\"6\" width=\"18\" height=\"12\" rx=\"2\"/><path d=\"M7 10h.01M11 10h.01M15 10h.01M7 14h10\"/>"),
            Map.entry("copy", "<rect x=\"8\" y=\"8\" width=\"12\" height=\"12\" rx=\"2\"/><path d=\"M16 8V5.5A1.5 1.5 0 0 0 14.5 4h-9A1.5 1.5 0 0 0 4 5.5v9A1.5 1.5 0 0 0 5.5 16H8\"/>"),
            Map.entry("check", "<path d=\"m5 12.5 4.5 4.5L19 7.5\"/>"),
            Map.entry("trash", "<path d=\"M4 7h16\"/><path d=\"M6 7l1 12.5A1.5 1.5 0 0 0 8.5 21h7a1.5 1.5 0 0 0 1.5-1.5L18 7\"/><path d=\"M9.5 7V4.5h5V7\"/><path d=\"M10 11v6M14 11v6\"/>"),
            Map.entry("inbox", "<path d=\"M4 13.5h4.5l1 2.5h5l1-2.5H20\"/><path d=\"M4 13.5 6.5 5h11l2.5 8.5V19a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1z\"/>"),
            Map.entry("alert", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M12 7.5v5.5\"/><path d=\"M12 16.5v.01\"/>"),
            Map.entry("lock", "<rect x=\"5\" y=\"10.5\" width=\"14\" height=\"10\" rx=\"2\"/><path d=\"M8 10.5V7.5a4 4 0 0 1 8 0v3\"/><path d=\"M12 15v2\"/>"),
            Map.entry("compass", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"m15.5 8.5-2 5-5 2 2-5z\"/>"),
            Map.entry("chevron-right", "<path d=\"m9.5 6 6 6-6 6\"/>"),
            Map.entry("download", "<path d=\"M12 4v11\"/><path d=\"m7.5 10.5 4.5 4.5 4.5-4.5\"/><path d=\"M5 19.5h14\"/>"),
            Map.entry("list", "<path d=\"M9 6h11M9 12h11M9 18h11\"/><path d=\"M4.5 6h.01M4.5 12h.01M4.5 18h.01\"/>"));

    private static final Map<String, String> SVGS = Map.copyOf(PATHS.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> OPEN + e.getValue() + "</svg>")));

    private static final String UNKNOWN = OPEN + "<circle cx=\"12\" cy=\"12\" r=\"2\"/></svg>";

    /** The icon's {@code <svg>} element. */
    public String svg(String name) {
        return name == null ? UNKNOWN : SVGS.getOrDefault(name, UNKNOWN);
    }

    /** All icon names, for tests. */
    public static java.util.Set<String> names() {
        return PATHS.keySet();
    }

    @Configuration(proxyBeanMethods = false)
    static class InTemplates {
        @Bean
        SmartInitializingSingleton iconsInTemplates(ThymeleafViewResolver views) {
            return () -> views.addStaticVariable("shellIcons", new Icons());
        }
    }
}
