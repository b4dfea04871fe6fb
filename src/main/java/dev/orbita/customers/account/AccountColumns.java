package dev.orbita.customers.account;

import dev.orbita.web.list.ListColumns;

/**
 * The columns of the account list, in list order: the default ones are those the list page shows; the
 * optional ones are offered to {@code ?columns=} (and to the column chooser of saved views). Keys are the
 * fields of {@link AccountListItem}.
 */
public final class AccountColumns {

    public static final ListColumns<AccountListItem> LIST = ListColumns.<AccountListItem>builder()
            .text("name", "account.name", AccountListItem::name)
            .enumLabel("kind", "account.kind", "enum.AccountKind", AccountListItem::kind)
            .enumLabel("lifecycleStage", "customer.lifecycleStage", "enum.LifecycleStage",
                    AccountListItem::lifecycleStage)
            .enumLabel("tier", "account.tier", "enum.ValueTier", AccountListItem::tier)
            .text("taxId", "account.taxId", AccountListItem::taxId)
            .text("phone", "customer.phone", AccountListItem::phone)
            .text("email", "customer.email", AccountListItem::email)
            .text("city", "address.city", AccountListItem::city)
            .text("ownerName", "customer.owner", AccountListItem::ownerName)
            .time("createdAt", "customer.created", AccountListItem::createdAt).optional()
            .time("updatedAt", "customer.updated", AccountListItem::updatedAt)
            .text("id", "list.id", item -> item.id().toString()).optional()
            .build();

    private AccountColumns() {
    }
}
