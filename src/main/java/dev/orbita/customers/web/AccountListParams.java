package dev.orbita.customers.web;

import dev.orbita.customers.account.AccountFilter;
import dev.orbita.customers.account.AccountQueries;
import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.platform.ui.ListState;
import dev.orbita.web.PageQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The account list page's parameters as its address carries them, read leniently: a value that is not
 * understood is dropped and {@code bad} says so (the page shows its defaults with a warning). The list
 * page and its export read them alike.
 */
record AccountListParams(String q, AccountKind kind, LifecycleStage lifecycleStage, ValueTier tier, UUID owner,
        PageQuery page, boolean bad) {

    static AccountListParams parse(String q, String kind, String lifecycleStage, String tier, String owner,
            String page, String size, String sort) {
        boolean[] bad = {false};
        AccountKind k = WebSupport.parseEnum(kind, AccountKind.class, bad);
        LifecycleStage st = WebSupport.parseEnum(lifecycleStage, LifecycleStage.class, bad);
        ValueTier t = WebSupport.parseEnum(tier, ValueTier.class, bad);
        UUID ownerId = WebSupport.parseUuid(owner, bad);
        PageQuery pq = WebSupport.firstPage(AccountQueries::page, page, size, sort, bad);
        return new AccountListParams(WebSupport.listQuery(q), k, st, t, ownerId, pq, bad[0]);
    }

    /**
     * The list page's parameters from its state (a saved view's filters and sort, overridden by the
     * address's; the page size chosen) and the address's paging: {@code page}, the keyset cursors
     * {@code after} and {@code before}, and {@code last}.
     */
    static AccountListParams parse(ListState state, String page, String after, String before, String last) {
        AccountListParams params = parse(state.param("q"), state.param("kind"), state.param("lifecycleStage"), state.param("tier"), state.param("owner"), page, state.sizeParam(), state.param("sort"));
        boolean[] bad = {params.bad()};
        PageQuery pq = WebSupport.keyed(AccountQueries::page, params.page(), after, before, last, bad);
        return new AccountListParams(params.q(), params.kind(), params.lifecycleStage(), params.tier(), params.owner(), pq, bad[0]);
    }

    AccountFilter filter() {
        return new AccountFilter(q, kind, lifecycleStage, tier, owner, null, null, null, null);
    }

    boolean filtered() {
        return q != null && !q.isEmpty() || kind != null || lifecycleStage != null || tier != null || owner != null;
    }

    /** The understood values by parameter name, for the page's links (blank ones are left out). */
    Map<String, String> links() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("kind", kind == null ? null : kind.name());
        params.put("lifecycleStage", lifecycleStage == null ? null : lifecycleStage.name());
        params.put("tier", tier == null ? null : tier.name());
        params.put("owner", owner == null ? null : owner.toString());
        params.put("size", page.size() == 20 ? null : String.valueOf(page.size()));
        params.put("sort", page.sortParam());
        return params;
    }
}
