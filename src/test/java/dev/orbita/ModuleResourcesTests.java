package dev.orbita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each module brings its own migrations and message bundle, laid out so that modules built one after
 * another never collide (ADR 006): migrations in {@code db/migration/<module>/}, versioned by the
 * time they were written ({@code V<yyyymmddhhmm>__<module>_<what>.sql}, the first two predate the
 * rule), every version once; a module with pages or messages has {@code messages/<module>_*.properties}
 * registered in {@code spring.messages.basename}.
 */
class ModuleResourcesTests {

    private static final Path MIGRATIONS = Paths.get("src/main/resources/db/migration");
    private static final Path MESSAGES = Paths.get("src/main/resources/messages");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__([a-z]+)?_?.*\\.sql");
    private static final Set<String> LEGACY = Set.of("V1__create_platform_tables.sql", "V2__create_customer_tables.sql");

    private final ApplicationModules modules = ApplicationModules.of(OrbitaApplication.class);

    private Set<String> moduleNames() {
        return modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void migrationsLiveInTheFolderOfAnExistingModuleAndTheirVersionsNeverCollide() throws IOException {
        Map<Long, String> versions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = MIGRATIONS.relativize(file);
                String name = file.getFileName().toString();
                if (relative.getNameCount() != 2 || !moduleNames().contains(relative.getName(0).toString())) {
                    problems.add(relative + ": not in a module's folder");
                    continue;
                }
                String module = relative.getName(0).toString();
                Matcher m = VERSIONED.matcher(name);
                if (!m.matches()) {
                    problems.add(relative + ": not V<version>__<description>.sql");
                    continue;
                }
                long version = Long.parseLong(m.group(1));
                if (!LEGACY.contains(name) && (m.group(1).length() != 12 || !name.startsWith("V" + version + "__" + module + "_"))) {
                    problems.add(relative + ": must be V<yyyymmddhhmm>__" + module + "_<what>.sql");
                }
                String other = versions.put(version, relative.toString());
                if (other != null) {
                    problems.add(relative + ": version " + version + " also used by " + other);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(versions).hasSizeGreaterThan(2);
    }

    @Test
    void everyModuleWithPagesHasItsBundleRegisteredInEveryLanguage() throws IOException {
        String yaml = Files.readString(Paths.get("src/main/resources/application.yaml"));
        Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
        assertThat(basename.find()).isTrue();
        Set<String> registered = Stream.of(basename.group(1).split(",")).map(String::trim)
                .collect(Collectors.toSet());
        for (String module : moduleNames()) {
            boolean hasPages = Files.isDirectory(Paths.get("src/main/resources/templates", module));
            if (!hasPages) {
                continue;
            }
            for (String lang : List.of("en", "pt_BR", "pt_PT")) {
                assertThat(MESSAGES.resolve(module + "_" + lang + ".properties")).as(module + " " + lang).exists();
            }
            assertThat(registered).as("bundle of " + module + " registered").contains("messages/" + module);
        }
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (String file : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .toList()) {
                String base = file.substring(0, file.length() - "_en.properties".length());
                assertThat(registered).as("every bundle is registered").contains("messages/" + base);
            }
        }
    }
}
