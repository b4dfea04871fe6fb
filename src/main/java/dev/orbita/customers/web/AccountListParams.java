package dev.orbita.customers.web;

import dev.orbita.customers.account.AccountFilter;
import dev.orbita.customers.account.AccountQueries;
import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.platform.ui.ListState;
import dev.orbita.shared.ValidationException;
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
        Integer p = WebSupport.parseInt(page, bad);
        Integer s = WebSupport.parseInt(size, bad);
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = query.substring(0, 200);
        }
        PageQuery pq;
        try {
            pq = AccountQueries.page(p, s, sort, null);
        } catch (ValidationException e) {
            bad[0] = true;
            pq = AccountQueries.page(null, null, null, null);
        }
        return new AccountListParams(query, k, st, t, ownerId, pq, bad[0]);
    }

    /**
     * The list page's parameters from its state (a saved view's filters and sort, overridden by the
     * address's; the page size chosen) and the address's paging: {@code page}, the keyset cursors
     * {@code after} and {@code before}, and {@code last}.
     */
    static AccountListParams parse(ListState state, String page, String after, String before, String last) {
        AccountListParams params = parse(state.param("q"), state.param("kind"), state.param("lifecycleStage"), state.param("tier"), state.param("owner"), page, state.sizeParam(), state.param("sort"));
        PageQuery pq = params.page();
        boolean bad = params.bad();
        try {
            PageQuery keyed = AccountQueries.page(pq.page(), pq.size(), pq.sortParam(), after);
            pq = keyed.backwards(before, "true".equals(last));
        } catch (ValidationException e) {
            bad = true;
        }
        return new AccountListParams(params.q(), params.kind(), params.lifecycleStage(), params.tier(), params.owner(), pq, bad);
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
