package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.search.IndexFilters;
import dev.orbita.customers.search.ListFilterMatches;
import dev.orbita.customers.search.ListPageInIndex;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.RecordAccess;
import dev.orbita.web.list.ChosenPage;
import dev.orbita.web.list.KeysetList;
import dev.orbita.web.list.ListQuery;
import dev.orbita.web.list.SortKeys;
import dev.orbita.shared.PhoneNumber;
import dev.orbita.shared.TaxId;
import dev.orbita.shared.TaxIdKind;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account list: one SQL query for the rows, one for owners' names, one for the rows' tags, one capped count. */
@Component
public class AccountQueries {

    private static final String ENTITY = dev.orbita.customers.CustomerRecordTypes.ACCOUNT;

    public static final SortKeys SORTS = SortKeys.standard("a");

    private final KeysetList lists;
    private final RecordAccess access;
    private final UserDirectory directory;
    private final ListFilterMatches matches;
    private final ListPageInIndex pages;

    AccountQueries(KeysetList lists, RecordAccess access, UserDirectory directory, ListFilterMatches matches,
            ListPageInIndex pages) {
        this.lists = lists;
        this.access = access;
        this.directory = directory;
        this.matches = matches;
        this.pages = pages;
    }

    public static PageQuery page(Integer page, Integer size, String sort, String after) {
        return PageQuery.of(page, size, sort, after, SORTS.allowed(), "name");
    }

    @Transactional(readOnly = true)
    public PageResponse<AccountListItem> list(AccountFilter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.add("a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.lifecycleStage() != null) {
            where.add("a.lifecycle_stage = :stage");
            params.put("stage", filter.lifecycleStage().name());
        }
        if (filter.tier() != null) {
            where.add("a.tier = :tier");
            params.put("tier", filter.tier().name());
        }
        if (filter.ownerId() != null) {
            where.add("a.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        if (filter.teamId() != null) {
            where.add("a.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.parentId() != null) {
            where.add("a.parent_id = :parent");
            params.put("parent", filter.parentId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.add("exists (select 1 from account_tags t where t.account_id = a.id and t.tag = :tag)");
            params.put("tag", filter.tag().strip().toLowerCase());
        }
        if (filter.updatedSince() != null) {
            where.add("a.updated_at >= :since");
            params.put("since", Timestamp.from(filter.updatedSince()));
        }
        where.add(access.visibleCondition(ENTITY, "a", params));
        where.removeIf(java.util.Objects::isNull);
        PageResponse<AccountListItem> result = null;
        boolean filteredByText = filter.q() != null && !filter.q().isBlank();
        if (filteredByText && indexHoldsTheFilters(filter)) {
            // the index sorts and pages the matches itself (ADR 017); SQL reads the page's rows
            Optional<ChosenPage> chosen = pages.accounts(filter.q(), new IndexFilters()
                    .equal("kind", filter.kind()).equal("lifecycleStage", filter.lifecycleStage())
                    .equal("tier", filter.tier()).equal("ownerId", filter.ownerId())
                    .equal("teamId", filter.teamId()).equal("parentId", filter.parentId()), page);
            if (chosen.isPresent()) {
                result = lists.fetchChosen(query(where, params), page, chosen.get(), AccountQueries::item)
                        .orElse(null);
            }
        }
        if (result == null) {
            if (filteredByText) {
                where.add(0, matches.accounts("a.id", filter.q(), params)); // the index's matches (ADR 014)
            }
            result = lists.fetch(query(where, params), page, AccountQueries::item);
        }
        Map<UUID, UserSummary> owners = directory.findUsers(result.items().stream().map(AccountListItem::ownerId)
                .toList());
        Map<UUID, List<String>> tags = lists.valuesOf("account_tags", "account_id", "tag",
                result.items().stream().map(AccountListItem::id).toList());
        return result.map(item -> item.with(
                owners.containsKey(item.ownerId()) ? owners.get(item.ownerId()).fullName() : null,
                tags.get(item.id())));
    }

    /** Whether every filter besides {@code q} is a field of the account index. */
    private static boolean indexHoldsTheFilters(AccountFilter filter) {
        return (filter.tag() == null || filter.tag().isBlank()) && filter.updatedSince() == null;
    }

    private static ListQuery query(List<String> where, Map<String, Object> params) {
        return new ListQuery("""
                a.id, a.name, a.sort_name, a.kind, a.lifecycle_stage, a.tier, a.tax_id_kind, a.tax_id, a.owner_id,
                a.created_at, a.updated_at,
                (select p.number from account_phones p where p.account_id = a.id and p.position = 0) as phone,
                (select e.address from account_emails e where e.account_id = a.id and e.position = 0) as email,
                (select d.city from account_addresses d where d.account_id = a.id and d.position = 0) as city""",
                "accounts a", where, params, SORTS, "accounts", !where.isEmpty());
    }

    private static AccountListItem item(ResultSet rs, int n) throws SQLException {
        String taxKind = rs.getString("tax_id_kind");
        String taxId = rs.getString("tax_id");
        String phone = rs.getString("phone");
        String tier = rs.getString("tier");
        return new AccountListItem(rs.getObject("id", UUID.class), rs.getString("name"),
                AccountKind.valueOf(rs.getString("kind")),
                LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
                tier == null ? null : ValueTier.valueOf(tier),
                taxId == null ? null : new TaxId(TaxIdKind.valueOf(taxKind), taxId).formatted(),
                PhoneNumber.display(phone), rs.getString("email"),
                rs.getString("city"), rs.getObject("owner_id", UUID.class), null, List.of(),
                KeysetList.instant(rs, "created_at"), KeysetList.instant(rs, "updated_at"),
                rs.getString("sort_name"));
    }
}
