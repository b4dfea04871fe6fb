package dev.orbita.search;

import java.util.List;

/** A module's part of the global search: finds its records the caller may see. */
public interface SearchContributor {

    List<SearchHit> search(SearchQuery query, int limit);
}
