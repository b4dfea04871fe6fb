package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.search.ListFilterMatches;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.RecordAccess;
import dev.orbita.web.list.KeysetList;
import dev.orbita.web.list.ListQuery;
import dev.orbita.web.list.SortKeys;
import dev.orbita.shared.PhoneNumber;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The contact list: the rows with their account names in one query, owners' names in another. */
@Component
public class ContactQueries {

    private static final String ENTITY = dev.orbita.customers.CustomerRecordTypes.CONTACT;

    static final SortKeys SORTS = SortKeys.standard("c");

    private final KeysetList lists;
    private final RecordAccess access;
    private final UserDirectory directory;
    private final ListFilterMatches matches;

    ContactQueries(KeysetList lists, RecordAccess access, UserDirectory directory, ListFilterMatches matches) {
        this.lists = lists;
        this.access = access;
        this.directory = directory;
        this.matches = matches;
    }

    public static PageQuery page(Integer page, Integer size, String sort, String after) {
        return PageQuery.of(page, size, sort, after, SORTS.allowed(), "name");
    }

    @Transactional(readOnly = true)
    public PageResponse<ContactListItem> list(ContactFilter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add(matches.contacts("c.id", filter.q(), params)); // the search index's matches (ADR 014)
        }
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
        // the account's name only where the caller may see the account itself
        String accountVisible = access.visibleCondition(dev.orbita.customers.CustomerRecordTypes.ACCOUNT, "acc",
                params);
        var query = new ListQuery("""
                c.id, c.first_name, c.last_name, c.sort_name, c.job_title, c.account_id, c.lifecycle_stage,
                c.owner_id, c.created_at, c.updated_at,
                (select acc.name from accounts acc where acc.id = c.account_id""" + (accountVisible == null ? ""
                : " and " + accountVisible) + """
                ) as account_name,
                (select p.number from contact_phones p where p.contact_id = c.id and p.position = 0) as phone,
                (select e.address from contact_emails e where e.contact_id = c.id and e.position = 0) as email""",
                "contacts c", where, params, SORTS, "contacts", !where.isEmpty());
        PageResponse<ContactListItem> result = lists.fetch(query, page, (rs, n) -> {
                    String phone = rs.getString("phone");
                    String first = rs.getString("first_name");
                    String last = rs.getString("last_name");
                    return new ContactListItem(rs.getObject("id", UUID.class), first, last,
                            Contact.displayName(first, last), rs.getString("job_title"),
                            rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                            PhoneNumber.display(phone), rs.getString("email"),
                            LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
                            rs.getObject("owner_id", UUID.class), null, KeysetList.instant(rs, "created_at"),
                            KeysetList.instant(rs, "updated_at"), rs.getString("sort_name"));
                });
        Map<UUID, UserSummary> owners = directory.findUsers(result.items().stream().map(ContactListItem::ownerId)
                .toList());
        return result.map(item -> item.withOwnerName(
                owners.containsKey(item.ownerId()) ? owners.get(item.ownerId()).fullName() : null));
    }
}
