package dev.orbita.customers.contact;

import dev.orbita.web.list.ListColumns;

/**
 * The columns of the contact list, in list order: the default ones are those the list page shows; the
 * optional ones are offered to {@code ?columns=} (and to the column chooser of saved views). Keys are the
 * fields of {@link ContactListItem}. The account name is there only where the reader may see the account
 * (the list query selects it so), and so is never exported otherwise.
 */
public final class ContactColumns {

    public static final ListColumns<ContactListItem> LIST = ListColumns.<ContactListItem>builder()
            .text("name", "contact.name", ContactListItem::name)
            .text("firstName", "contact.firstName", ContactListItem::firstName).optional()
            .text("lastName", "contact.lastName", ContactListItem::lastName).optional()
            .text("jobTitle", "contact.jobTitle", ContactListItem::jobTitle)
            .text("accountName", "contact.account", ContactListItem::accountName)
            .text("phone", "customer.phone", ContactListItem::phone)
            .text("email", "customer.email", ContactListItem::email)
            .enumLabel("lifecycleStage", "customer.lifecycleStage", "enum.LifecycleStage",
                    ContactListItem::lifecycleStage)
            .text("ownerName", "customer.owner", ContactListItem::ownerName)
            .time("createdAt", "customer.created", ContactListItem::createdAt).optional()
            .time("updatedAt", "customer.updated", ContactListItem::updatedAt)
            .text("id", "list.id", item -> item.id().toString()).optional()
            .build();

    private ContactColumns() {
    }
}
