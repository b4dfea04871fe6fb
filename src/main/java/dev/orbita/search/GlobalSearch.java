package dev.orbita.search;

import dev.orbita.platform.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Asks every contributor and merges their hits by score. */
@Service
public class GlobalSearch {

    private final List<SearchContributor> contributors;
    private final Visibility visibility;

    GlobalSearch(List<SearchContributor> contributors, Visibility visibility) {
        this.contributors = contributors;
        this.visibility = visibility;
    }

    public SearchResults search(String q, int limit) {
        SearchQuery query = SearchQuery.parse(q);
        List<SearchHit> hits = new ArrayList<>();
        if (visibility.currentUser().isPresent()) {
            for (SearchContributor contributor : contributors) {
                hits.addAll(contributor.search(query, limit));
            }
        }
        hits.sort(Comparator.comparing(SearchHit::score).reversed().thenComparing(SearchHit::title,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return new SearchResults(query.text(), hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits);
    }
}
