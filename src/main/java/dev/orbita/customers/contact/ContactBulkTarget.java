package dev.orbita.customers.contact;

import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.platform.bulk.BulkAction;
import dev.orbita.platform.bulk.BulkChange;
import dev.orbita.platform.bulk.BulkFilter;
import dev.orbita.platform.bulk.BulkSelection;
import dev.orbita.platform.bulk.BulkTarget;
import dev.orbita.platform.bulk.CellValues;
import dev.orbita.web.export.ExportRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Bulk actions on contacts: each record through {@link ContactManagement#patch} or {@link ContactManagement#delete}. */
@Component
class ContactBulkTarget implements BulkTarget {

    private final ContactManagement contacts;
    private final ContactQueries queries;

    ContactBulkTarget(ContactManagement contacts, ContactQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    @Override
    public String resource() {
        return "contacts";
    }

    @Override
    public String recordType() {
        return ContactManagement.ENTITY;
    }

    @Override
    public List<String> stages() {
        return BulkChange.names(LifecycleStage.values());
    }

    @Override
    public BulkSelection matching(BulkFilter f) {
        ContactFilter filter = new ContactFilter(f.text("q"), f.uuid("accountId"), f.bool("standalone"),
                f.enumValue("lifecycleStage", LifecycleStage.class), f.uuid("ownerId", "owner"), f.uuid("teamId"),
                f.text("tag"), f.instant("updatedSince"));
        return new BulkSelection(ContactQueries.page(null, null, null, null),
                p -> queries.list(filter, p).map(ContactListItem::id));
    }

    @Override
    public void apply(UUID id, BulkChange change, Long version) {
        if (change.action() == BulkAction.DELETE) {
            contacts.delete(id, version);
            return;
        }
        contacts.patch(id, current -> change.edit(current.withVersion(version),
                r -> r.withOwnerAndTeam(change.ownerAfter(r.ownerId()), change.teamAfter(r.teamId())),
                r -> r.withTags(change.tagsAfter(r.tags())),
                r -> r.withStage(change.stageAs(LifecycleStage.class))), null);
    }

    @Override
    public ExportRequest<?> export(String columns, String sort) {
        ContactFilter none = new ContactFilter(null, null, null, null, null, null, null, null);
        return new ExportRequest<>("record.CONTACT.plural", ContactColumns.LIST.pick(columns),
                ContactQueries.page(null, null, sort, null), p -> queries.list(none, p));
    }

    @Override
    public long version(UUID id) {
        return contacts.get(id).version();
    }

    @Override
    public void editField(UUID id, String field, String value, long version) {
        String v = value == null || value.isBlank() ? null : value.strip();
        java.util.function.UnaryOperator<ContactRequest> change = switch (field) {
            case "jobTitle" -> r -> r.withJobTitle(v);
            case "lifecycleStage" -> r -> r.withStage(CellValues.enumValue(field, LifecycleStage.class, v));
            case "ownerId" -> r -> r.withOwnerAndTeam(CellValues.uuid(field, v), null);
            case "tags" -> r -> r.withTags(CellValues.tags(v));
            default -> throw dev.orbita.shared.ValidationException.of(field, "validation.invalid");
        };
        contacts.patch(id, current -> change.apply(current.withVersion(version)), null);
    }
}
