package dev.orbita.web.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word that the application's templates and scripts could put in a {@code class} attribute: each
 * run of letters, digits, '-' and '_' in them (a template's text, its expressions and a script's strings
 * alike, so that nothing a page or a script uses is missed), plus the class names matched by the
 * configured patterns for names a template builds ({@code 'bg-' + ${tone} + '-lt'}).
 */
final class ClassVocabulary implements Predicate<String> {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");

    private final Set<String> words;
    private final List<Pattern> built;

    private ClassVocabulary(Set<String> words, List<Pattern> built) {
        this.words = words;
        this.built = built;
    }

    /** The words of every resource matching {@code locations} (class path patterns). */
    static ClassVocabulary of(List<String> locations, List<String> builtNamePatterns) {
        var resolver = new PathMatchingResourcePatternResolver(ClassVocabulary.class.getClassLoader());
        Set<String> words = new HashSet<>();
        try {
            for (String location : locations) {
                for (Resource resource : resolver.getResources(location)) {
                    try (InputStream in = resource.getInputStream()) {
                        addWords(new String(in.readAllBytes(), StandardCharsets.UTF_8), words);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates and scripts for the used stylesheet", e);
        }
        return new ClassVocabulary(words, builtNamePatterns.stream().map(Pattern::compile).toList());
    }

    static ClassVocabulary ofText(String text, List<String> builtNamePatterns) {
        Set<String> words = new HashSet<>();
        addWords(text, words);
        return new ClassVocabulary(words, builtNamePatterns.stream().map(Pattern::compile).toList());
    }

    private static void addWords(String text, Set<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
    }

    @Override
    public boolean test(String className) {
        if (words.contains(className)) {
            return true;
        }
        for (Pattern p : built) {
            if (p.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return words.size();
    }
}
