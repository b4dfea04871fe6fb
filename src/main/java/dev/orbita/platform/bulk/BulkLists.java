package dev.orbita.platform.bulk;

import dev.orbita.platform.ui.ListResource;
import dev.orbita.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The list pages whose record type has a {@link BulkTarget}: the list and its target by resource name. */
@Component
class BulkLists {

    /** A list page and its record type's bulk target. */
    record BulkList(ListResource list, BulkTarget target) {
    }

    private final Map<String, ListResource> lists = new LinkedHashMap<>();
    private final BulkActions actions;

    BulkLists(List<ListResource> lists, BulkActions actions) {
        lists.forEach(l -> this.lists.put(l.name(), l));
        this.actions = actions;
    }

    /** The list and its target; 404 when the list is unknown or its type has no bulk actions. */
    BulkList require(String resource) {
        ListResource list = lists.get(resource);
        BulkTarget target = actions.target(resource).orElse(null);
        if (list == null || target == null) {
            throw new NotFoundException("list", resource);
        }
        return new BulkList(list, target);
    }

    Optional<ListResource> list(String resource) {
        return Optional.ofNullable(lists.get(resource));
    }
}
