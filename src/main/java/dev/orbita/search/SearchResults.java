package dev.orbita.search;

import java.util.List;

/** Mixed results of the global search, best first. */
public record SearchResults(String q, List<SearchHit> items) {
}
