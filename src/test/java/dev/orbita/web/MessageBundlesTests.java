package dev.orbita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text exists in pt-BR, pt-PT and en: the three bundles of each basename hold the
 * same keys, and every literal key used by a template or by Java code is defined.
 */
class MessageBundlesTests {

    private static final Path MESSAGES = Paths.get("src/main/resources/messages");
    private static final String[] LANGUAGES = { "en", "pt_BR", "pt_PT" };

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        for (String basename : basenames()) {
            Map<String, Set<String>> keys = new TreeMap<>();
            for (String lang : LANGUAGES) {
                keys.put(lang, load(MESSAGES.resolve(basename + "_" + lang + ".properties")).stringPropertyNames());
            }
            assertThat(keys.get("pt_BR")).as(basename + " pt_BR vs en").containsExactlyInAnyOrderElementsOf(keys.get("en"));
            assertThat(keys.get("pt_PT")).as(basename + " pt_PT vs en").containsExactlyInAnyOrderElementsOf(keys.get("en"));
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeIsDefined() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (String basename : basenames()) {
            defined.addAll(load(MESSAGES.resolve(basename + "_en.properties")).stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*[A-Za-z0-9])\\s*[}(]");
        Pattern codeKey = Pattern.compile("\"((?:validation|problem)\\.[A-Za-z0-9_.\\-]+)\"");
        scan(Paths.get("src/main/resources/templates"), ".html", templateKey, used);
        scan(Paths.get("src/main/java"), ".java", codeKey, used);
        assertThat(used).isNotEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !key.contains("__")) {
                        into.add(key);
                    }
                }
            }
        }
    }

    private static Set<String> basenames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .forEach(n -> names.add(n.substring(0, n.length() - "_en.properties".length())));
        }
        assertThat(names).contains("validation", "shell", "customers", "platform", "search");
        return names;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
