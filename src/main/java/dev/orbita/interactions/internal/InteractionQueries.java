package dev.orbita.interactions.internal;

import static dev.orbita.interactions.internal.InteractionTypes.ACCOUNT;
import static dev.orbita.interactions.internal.InteractionTypes.CONTACT;
import static dev.orbita.interactions.internal.InteractionTypes.INTERACTION;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import dev.orbita.platform.RecordAccess;
import dev.orbita.platform.RecordLabels;
import dev.orbita.platform.RecordLookup;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import dev.orbita.web.list.KeysetList;
import dev.orbita.web.list.ListQuery;
import dev.orbita.web.list.SortKey;
import dev.orbita.web.list.SortKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction list and the timelines: one keyset query on {@code occurred_at, id}, newest first by default. An
 * interaction is listed only where its own scope and the visibility of its contact and account allow it; a
 * timeline is the list restricted to one contact or one account (ADR 026).
 */
@Component
class InteractionQueries {

    static final SortKeys SORTS = SortKeys.of("i.id", SortKey.time("occurredAt", "i.occurred_at"),
            SortKey.time("createdAt", "i.created_at"), SortKey.time("updatedAt", "i.updated_at"));

    private final KeysetList lists;
    private final RecordAccess access;
    private final RecordLookup lookup;
    private final RecordLabels labels;
    private final UserDirectory directory;

    InteractionQueries(KeysetList lists, RecordAccess access, RecordLookup lookup, RecordLabels labels,
            UserDirectory directory) {
        this.lists = lists;
        this.access = access;
        this.lookup = lookup;
        this.labels = labels;
        this.directory = directory;
    }

    /** Newest first unless {@code sort} says otherwise. */
    static PageQuery page(Integer page, Integer size, String sort, String after) {
        return PageQuery.of(page, size, sort == null || sort.isBlank() ? "occurredAt,desc" : sort, after,
                SORTS.allowed(), "occurredAt");
    }

    @Transactional(readOnly = true)
    public PageResponse<InteractionListItem> list(InteractionFilter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.channel() != null) {
            where.add("i.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.direction() != null) {
            where.add("i.direction = :direction");
            params.put("direction", filter.direction().name());
        }
        if (filter.contactId() != null) {
            where.add("i.contact_id = :contact");
            params.put("contact", filter.contactId());
        }
        if (filter.accountId() != null) {
            where.add("i.account_id = :account");
            params.put("account", filter.accountId());
        }
        if (filter.from() != null) {
            where.add("i.occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("i.occurred_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        where.add(access.visibleCondition(INTERACTION, "i", params));
        // an entry follows the visibility of the records it belongs to
        where.add("(i.contact_id is null or " + lookup.visibleReference(CONTACT, "i.contact_id", params) + ")");
        where.add("(i.account_id is null or " + lookup.visibleReference(ACCOUNT, "i.account_id", params) + ")");
        where.removeIf(Objects::isNull);
        PageResponse<InteractionListItem> result = lists.fetch(new ListQuery("""
                i.id, i.channel, i.direction, i.occurred_at, i.subject, i.body, i.outcome, i.duration_seconds,
                i.handled_by, i.contact_id, i.account_id""", "interactions i", where, params, SORTS, "interactions",
                true), page, InteractionQueries::item);
        return withNames(result);
    }

    private PageResponse<InteractionListItem> withNames(PageResponse<InteractionListItem> result) {
        Map<UUID, UserSummary> handlers = directory.findUsers(
                result.items().stream().map(InteractionListItem::handledBy).filter(Objects::nonNull).toList());
        Map<UUID, String> contacts = labels.visibleTitles(CONTACT,
                result.items().stream().map(InteractionListItem::contactId).toList());
        Map<UUID, String> accounts = labels.visibleTitles(ACCOUNT,
                result.items().stream().map(InteractionListItem::accountId).toList());
        return result.map(item -> {
            UserSummary handler = item.handledBy() == null ? null : handlers.get(item.handledBy());
            return item.withNames(handler == null ? null : handler.fullName(),
                    item.contactId() == null ? null : contacts.get(item.contactId()),
                    item.accountId() == null ? null : accounts.get(item.accountId()));
        });
    }

    private static InteractionListItem item(ResultSet rs, int n) throws SQLException {
        int duration = rs.getInt("duration_seconds");
        Integer durationSeconds = rs.wasNull() ? null : duration;
        return new InteractionListItem(rs.getObject("id", UUID.class),
                InteractionChannel.valueOf(rs.getString("channel")),
                InteractionDirection.valueOf(rs.getString("direction")), KeysetList.instant(rs, "occurred_at"),
                rs.getString("subject"), rs.getString("body"), rs.getString("outcome"), durationSeconds,
                rs.getObject("handled_by", UUID.class), null, rs.getObject("contact_id", UUID.class), null,
                rs.getObject("account_id", UUID.class), null);
    }
}
