package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.search.IndexFilters;
import dev.orbita.customers.search.ListFilterMatches;
import dev.orbita.customers.search.ListPageInIndex;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.RecordAccess;
import dev.orbita.web.list.ChosenPage;
import dev.orbita.web.list.KeysetList;
import dev.orbita.web.list.ListQuery;
import dev.orbita.web.list.SortKeys;
import dev.orbita.shared.PhoneNumber;
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

/** The contact list: the rows with their account names in one query, owners' names in another, the rows' tags in a third. */
@Component
public class ContactQueries {

    private static final String ENTITY = dev.orbita.customers.CustomerRecordTypes.CONTACT;

    public static final SortKeys SORTS = SortKeys.standard("c");

    private final KeysetList lists;
    private final RecordAccess access;
    private final UserDirectory directory;
    private final ListFilterMatches matches;
    private final ListPageInIndex pages;

    ContactQueries(KeysetList lists, RecordAccess access, UserDirectory directory, ListFilterMatches matches,
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
    public PageResponse<ContactListItem> list(ContactFilter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.accountId() != null) {
            where.add("c.account_id = :account");
            params.put("account", filter.accountId());
        }
        if (Boolean.TRUE.equals(filter.standalone())) {
            where.add("c.account_id is null");
        } else if (Boolean.FALSE.equals(filter.standalone())) {
            where.add("c.account_id is not null");
        }
        if (filter.lifecycleStage() != null) {
            where.add("c.lifecycle_stage = :stage");
            params.put("stage", filter.lifecycleStage().name());
        }
        if (filter.ownerId() != null) {
            where.add("c.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        if (filter.teamId() != null) {
            where.add("c.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.add("exists (select 1 from contact_tags t where t.contact_id = c.id and t.tag = :tag)");
            params.put("tag", filter.tag().strip().toLowerCase());
        }
        if (filter.updatedSince() != null) {
            where.add("c.updated_at >= :since");
            params.put("since", Timestamp.from(filter.updatedSince()));
        }
        where.add(access.visibleCondition(ENTITY, "c", params));
        where.removeIf(java.util.Objects::isNull);
        PageResponse<ContactListItem> result = null;
        boolean filteredByText = filter.q() != null && !filter.q().isBlank();
        if (filteredByText && indexHoldsTheFilters(filter)) {
            // the index sorts and pages the matches itself (ADR 017); SQL reads the page's rows
            Optional<ChosenPage> chosen = pages.contacts(filter.q(), new IndexFilters()
                    .equal("accountId", filter.accountId()).equal("lifecycleStage", filter.lifecycleStage())
                    .equal("ownerId", filter.ownerId()).equal("teamId", filter.teamId())
                    .present("accountId", filter.standalone() == null ? null : !filter.standalone()), page);
            if (chosen.isPresent()) {
                result = lists.fetchChosen(query(where, params), page, chosen.get(), ContactQueries::item)
                        .orElse(null);
            }
        }
        if (result == null) {
            if (filteredByText) {
                where.add(0, matches.contacts("c.id", filter.q(), params)); // the index's matches (ADR 014)
            }
            result = lists.fetch(query(where, params), page, ContactQueries::item);
        }
        Map<UUID, UserSummary> owners = directory.findUsers(result.items().stream().map(ContactListItem::ownerId)
                .toList());
        Map<UUID, List<String>> tags = lists.valuesOf("contact_tags", "contact_id", "tag",
                result.items().stream().map(ContactListItem::id).toList());
        return result.map(item -> item.with(
                owners.containsKey(item.ownerId()) ? owners.get(item.ownerId()).fullName() : null,
                tags.get(item.id())));
    }

    /** Whether every filter besides {@code q} is a field of the contact index. */
    private static boolean indexHoldsTheFilters(ContactFilter filter) {
        return (filter.tag() == null || filter.tag().isBlank()) && filter.updatedSince() == null;
    }

    private ListQuery query(List<String> where, Map<String, Object> params) {
        // the account's name only where the caller may see the account itself
        String accountVisible = access.visibleCondition(dev.orbita.customers.CustomerRecordTypes.ACCOUNT, "acc",
                params);
        return new ListQuery("""
                c.id, c.first_name, c.last_name, c.sort_name, c.job_title, c.account_id, c.lifecycle_stage,
                c.owner_id, c.created_at, c.updated_at,
                (select acc.name from accounts acc where acc.id = c.account_id""" + (accountVisible == null ? ""
                : " and " + accountVisible) + """
                ) as account_name,
                (select p.number from contact_phones p where p.contact_id = c.id and p.position = 0) as phone,
                (select e.address from contact_emails e where e.contact_id = c.id and e.position = 0) as email""",
                "contacts c", where, params, SORTS, "contacts", !where.isEmpty());
    }

    private static ContactListItem item(ResultSet rs, int n) throws SQLException {
        String phone = rs.getString("phone");
        String first = rs.getString("first_name");
        String last = rs.getString("last_name");
        return new ContactListItem(rs.getObject("id", UUID.class), first, last,
                Contact.displayName(first, last), rs.getString("job_title"),
                rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                PhoneNumber.display(phone), rs.getString("email"),
                LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
                rs.getObject("owner_id", UUID.class), null, List.of(), KeysetList.instant(rs, "created_at"),
                KeysetList.instant(rs, "updated_at"), rs.getString("sort_name"));
    }
}
