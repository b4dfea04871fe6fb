package dev.orbita.customers.contact;

import dev.orbita.web.list.CellEdit;

import dev.orbita.web.list.ListColumns;

/**
 * The columns of the contact list, in list order: the default ones are those the list page shows; the
 * optional ones are offered to {@code ?columns=} (and to the column chooser of saved views). Keys are the
 * fields of {@link ContactListItem}. The account name is there only where the reader may see the account
 * (the list query selects it so), and so is never exported otherwise.
 */
public final class ContactColumns {

    public static final ListColumns<ContactListItem> LIST = ListColumns.<ContactListItem>builder()
            .text("name", "contact.name", ContactListItem::name).link(c -> "/contacts/" + c.id()).look(null, "fw-medium")
            .text("firstName", "contact.firstName", ContactListItem::firstName).optional()
            .text("lastName", "contact.lastName", ContactListItem::lastName).optional()
            .text("jobTitle", "contact.jobTitle", ContactListItem::jobTitle).look("md", null)
                    .editable(CellEdit.text("jobTitle", 200, false))
            .text("accountName", "contact.account", ContactListItem::accountName)
                    .link(c -> c.accountId() == null || c.accountName() == null ? null : "/accounts/" + c.accountId())
                    .whenEmpty(c -> c.accountId() == null ? "contact.standalone.true" : null).look(null, "orbita-clip")
            .text("phone", "customer.phone", ContactListItem::phone).link(c -> c.phone() == null ? null : "tel:" + c.phone())
                    .look("lg", "text-nowrap")
            .text("email", "customer.email", ContactListItem::email)
                    .link(c -> c.email() == null ? null : "mailto:" + c.email()).look("lg", "orbita-clip")
            .enumLabel("lifecycleStage", "customer.lifecycleStage", "enum.LifecycleStage",
                    ContactListItem::lifecycleStage).badge(dev.orbita.customers.account.AccountColumns.STAGE_TONES)
                    .editable(CellEdit.choice("lifecycleStage", dev.orbita.customers.common.LifecycleStage.values(), true))
            .text("ownerName", "customer.owner", ContactListItem::ownerName).look("md", null).editable(CellEdit.owner())
            .tags("tags", "customer.tags", ContactListItem::tags).optional().editable(CellEdit.tags())
            .time("createdAt", "customer.created", ContactListItem::createdAt).optional()
                    .look(null, "text-secondary text-nowrap")
            .time("updatedAt", "customer.updated", ContactListItem::updatedAt).look(null, "text-secondary text-nowrap")
            .text("id", "list.id", item -> item.id().toString()).optional().look("xl", "text-secondary tabular")
            .build();

    private ContactColumns() {
    }
}
