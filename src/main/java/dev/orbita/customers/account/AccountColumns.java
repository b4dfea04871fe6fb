package dev.orbita.customers.account;

import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.web.list.CellEdit;

import dev.orbita.web.list.ListColumns;
import java.util.Map;

/**
 * The columns of the account list, in list order: the default ones are those the list page shows; the
 * optional ones are offered to {@code ?columns=} (and to the column chooser of saved views). Keys are the
 * fields of {@link AccountListItem}.
 */
public final class AccountColumns {

    /** The badge tones of the lifecycle stages, shared by the account and contact lists. */
    public static final Map<String, String> STAGE_TONES = Map.of("LEAD", "azure", "PROSPECT", "yellow",
            "CUSTOMER", "green");

    public static final ListColumns<AccountListItem> LIST = ListColumns.<AccountListItem>builder()
            .text("name", "account.name", AccountListItem::name).link(a -> "/accounts/" + a.id()).look(null, "fw-medium")
                    .editable(CellEdit.text("name", 200, true))
            .enumLabel("kind", "account.kind", "enum.AccountKind", AccountListItem::kind).badge(Map.of())
            .enumLabel("lifecycleStage", "customer.lifecycleStage", "enum.LifecycleStage",
                    AccountListItem::lifecycleStage).badge(STAGE_TONES)
                    .editable(CellEdit.choice("lifecycleStage", LifecycleStage.values(), true))
            .enumLabel("tier", "account.tier", "enum.ValueTier", AccountListItem::tier).look("md", null)
                    .editable(CellEdit.choice("tier", ValueTier.values(), false))
            .text("taxId", "account.taxId", AccountListItem::taxId).look("xxl", "text-secondary tabular text-nowrap")
            .text("phone", "customer.phone", AccountListItem::phone).link(a -> a.phone() == null ? null : "tel:" + a.phone())
                    .look("lg", "text-nowrap")
            .text("email", "customer.email", AccountListItem::email)
                    .link(a -> a.email() == null ? null : "mailto:" + a.email()).look("lg", "orbita-clip")
            .text("city", "address.city", AccountListItem::city).look("xxl", null)
            .text("ownerName", "customer.owner", AccountListItem::ownerName).look("md", null).editable(CellEdit.owner())
            .tags("tags", "customer.tags", AccountListItem::tags).optional().editable(CellEdit.tags())
            .time("createdAt", "customer.created", AccountListItem::createdAt).optional()
                    .look(null, "text-secondary text-nowrap")
            .time("updatedAt", "customer.updated", AccountListItem::updatedAt).look(null, "text-secondary text-nowrap")
            .text("id", "list.id", item -> item.id().toString()).optional().look("xl", "text-secondary tabular")
            .build();

    private AccountColumns() {
    }
}
