package dev.orbita.customers.contact;

import dev.orbita.customers.common.KeysetPage;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.Names;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.Visibility;
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

    public static final Map<String, String> SORTS = KeysetPage.sorts("c");
    private static final Map<String, String> COLUMNS = KeysetPage.columns("c");

    private final KeysetPage pages;
    private final Visibility visibility;
    private final UserDirectory directory;

    ContactQueries(KeysetPage pages, Visibility visibility, UserDirectory directory) {
        this.pages = pages;
        this.visibility = visibility;
        this.directory = directory;
    }

    public static PageQuery page(Integer page, Integer size, String sort, String after) {
        return PageQuery.of(page, size, sort, after, SORTS, "name");
    }

    @Transactional(readOnly = true)
    public PageResponse<ContactListItem> list(ContactFilter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("c.sort_name like :q");
            params.put("q", "%" + Names.fold(filter.q()).replace("%", "").replace("_", "") + "%");
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
        var spec = new KeysetPage.Spec("""
                c.id, c.first_name, c.last_name, c.sort_name, c.job_title, c.account_id, c.lifecycle_stage,
                c.owner_id, c.created_at, c.updated_at,
                (select a.name from accounts a where a.id = c.account_id) as account_name,
                (select p.number from contact_phones p where p.contact_id = c.id and p.position = 0) as phone,
                (select e.address from contact_emails e where e.contact_id = c.id and e.position = 0) as email""",
                "contacts c", where, params, COLUMNS, "contacts");
        PageResponse<ContactListItem> result = pages.fetch(spec, page, visibility.readScope(), "c.owner_id",
                "c.team_id", (rs, n) -> {
                    String phone = rs.getString("phone");
                    String first = rs.getString("first_name");
                    String last = rs.getString("last_name");
                    return new ContactListItem(rs.getObject("id", UUID.class), first, last,
                            Contact.displayName(first, last), rs.getString("job_title"),
                            rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                            PhoneNumber.display(phone), rs.getString("email"),
                            LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
                            rs.getObject("owner_id", UUID.class), null, KeysetPage.instant(rs, "created_at"),
                            KeysetPage.instant(rs, "updated_at"), rs.getString("sort_name"));
                }, item -> KeysetPage.sortValue(page.sortField(), item.sortName(), item.createdAt(),
                        item.updatedAt()), ContactListItem::id);
        Map<UUID, UserSummary> owners = directory.findUsers(result.items().stream().map(ContactListItem::ownerId)
                .toList());
        return result.map(item -> item.withOwnerName(
                owners.containsKey(item.ownerId()) ? owners.get(item.ownerId()).fullName() : null));
    }
}
