package dev.orbita.search.internal;

import dev.orbita.platform.ui.PickerOption;
import dev.orbita.platform.ui.PickerSource;
import dev.orbita.search.GlobalSearch;
import dev.orbita.search.SearchHit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The record pickers of every searchable record type: what the user types is searched in the index like the
 * global search (accents, typos, e-mail, phone and tax-id digits), within the user's read scope.
 */
@Component
class SearchPickerSource implements PickerSource {

    private final GlobalSearch search;

    SearchPickerSource(GlobalSearch search) {
        this.search = search;
    }

    @Override
    public boolean answers(String type) {
        return search.types().stream().anyMatch(t -> t.code().equals(type));
    }

    @Override
    public List<PickerOption> find(String type, String typed, int limit) {
        return search.searchType(type, typed, limit).stream().map(SearchPickerSource::option).toList();
    }

    @Override
    public Optional<PickerOption> byId(String type, UUID id) {
        return search.visible(type, id).map(SearchPickerSource::option);
    }

    private static PickerOption option(SearchHit hit) {
        return new PickerOption(hit.id(), hit.title(), hit.subtitle());
    }
}
