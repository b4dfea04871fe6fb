package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
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

/** Bulk actions on accounts: each record through {@link AccountManagement#patch} or {@link AccountManagement#delete}. */
@Component
class AccountBulkTarget implements BulkTarget {

    private final AccountManagement accounts;
    private final AccountQueries queries;

    AccountBulkTarget(AccountManagement accounts, AccountQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    @Override
    public String resource() {
        return "accounts";
    }

    @Override
    public String recordType() {
        return AccountManagement.ENTITY;
    }

    @Override
    public List<String> stages() {
        return BulkChange.names(LifecycleStage.values());
    }

    @Override
    public BulkSelection matching(BulkFilter f) {
        AccountFilter filter = new AccountFilter(f.text("q"), f.enumValue("kind", AccountKind.class),
                f.enumValue("lifecycleStage", LifecycleStage.class), f.enumValue("tier", ValueTier.class),
                f.uuid("ownerId", "owner"), f.uuid("teamId"), f.text("tag"), f.instant("updatedSince"),
                f.uuid("parentId"));
        return new BulkSelection(AccountQueries.page(null, null, null, null),
                p -> queries.list(filter, p).map(AccountListItem::id));
    }

    @Override
    public void apply(UUID id, BulkChange change, Long version) {
        if (change.action() == BulkAction.DELETE) {
            accounts.delete(id, version);
            return;
        }
        accounts.patch(id, current -> change.edit(current.withVersion(version),
                r -> r.withOwnerAndTeam(change.ownerAfter(r.ownerId()), change.teamAfter(r.teamId())),
                r -> r.withTags(change.tagsAfter(r.tags())),
                r -> r.withStage(change.stageAs(LifecycleStage.class))), null);
    }

    @Override
    public ExportRequest<?> export(String columns, String sort) {
        AccountFilter none = new AccountFilter(null, null, null, null, null, null, null, null, null);
        return new ExportRequest<>("record.ACCOUNT.plural", AccountColumns.LIST.pick(columns),
                AccountQueries.page(null, null, sort, null), p -> queries.list(none, p));
    }

    @Override
    public long version(UUID id) {
        return accounts.get(id).version();
    }

    @Override
    public void editField(UUID id, String field, String value, long version) {
        String v = value == null || value.isBlank() ? null : value.strip();
        java.util.function.UnaryOperator<AccountRequest> change = switch (field) {
            case "name" -> r -> r.withName(v);
            case "lifecycleStage" -> r -> r.withStage(CellValues.enumValue(field, LifecycleStage.class, v));
            case "tier" -> r -> r.withTier(CellValues.enumValue(field, ValueTier.class, v));
            case "ownerId" -> r -> r.withOwnerAndTeam(CellValues.uuid(field, v), null);
            case "tags" -> r -> r.withTags(CellValues.tags(v));
            default -> throw dev.orbita.shared.ValidationException.of(field, "validation.invalid");
        };
        accounts.patch(id, current -> change.apply(current.withVersion(version)), null);
    }
}
