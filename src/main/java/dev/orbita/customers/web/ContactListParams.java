package dev.orbita.customers.web;

import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.contact.ContactFilter;
import dev.orbita.customers.contact.ContactQueries;
import dev.orbita.platform.ui.ListState;
import dev.orbita.web.PageQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The contact list page's parameters as its address carries them, read leniently: a value that is not
 * understood is dropped and {@code bad} says so (the page shows its defaults with a warning). The list
 * page and its export read them alike.
 */
record ContactListParams(String q, LifecycleStage lifecycleStage, Boolean standalone, UUID owner, PageQuery page,
        boolean bad) {

    static ContactListParams parse(String q, String lifecycleStage, String standalone, String owner, String page,
            String size, String sort) {
        boolean[] bad = {false};
        LifecycleStage st = WebSupport.parseEnum(lifecycleStage, LifecycleStage.class, bad);
        Boolean alone = WebSupport.parse(standalone, s -> switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        }, bad);
        UUID ownerId = WebSupport.parseUuid(owner, bad);
        PageQuery pq = WebSupport.firstPage(ContactQueries::page, page, size, sort, bad);
        return new ContactListParams(WebSupport.listQuery(q), st, alone, ownerId, pq, bad[0]);
    }

    /**
     * The list page's parameters from its state (a saved view's filters and sort, overridden by the
     * address's; the page size chosen) and the address's paging: {@code page}, the keyset cursors
     * {@code after} and {@code before}, and {@code last}.
     */
    static ContactListParams parse(ListState state, String page, String after, String before, String last) {
        ContactListParams params = parse(state.param("q"), state.param("lifecycleStage"), state.param("standalone"), state.param("owner"), page, state.sizeParam(), state.param("sort"));
        boolean[] bad = {params.bad()};
        PageQuery pq = WebSupport.keyed(ContactQueries::page, params.page(), after, before, last, bad);
        return new ContactListParams(params.q(), params.lifecycleStage(), params.standalone(), params.owner(), pq, bad[0]);
    }

    ContactFilter filter() {
        return new ContactFilter(q, null, standalone, lifecycleStage, owner, null, null, null);
    }

    boolean filtered() {
        return q != null && !q.isEmpty() || lifecycleStage != null || standalone != null || owner != null;
    }

    /** The understood values by parameter name, for the page's links (blank ones are left out). */
    Map<String, String> links() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("lifecycleStage", lifecycleStage == null ? null : lifecycleStage.name());
        params.put("standalone", standalone == null ? null : standalone.toString());
        params.put("owner", owner == null ? null : owner.toString());
        params.put("size", page.size() == 20 ? null : String.valueOf(page.size()));
        params.put("sort", page.sortParam());
        return params;
    }
}
