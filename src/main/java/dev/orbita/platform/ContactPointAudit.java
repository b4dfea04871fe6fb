package dev.orbita.platform;

import dev.orbita.shared.contact.AddressType;
import dev.orbita.shared.contact.EmailEntry;
import dev.orbita.shared.contact.EmailType;
import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.shared.contact.PhoneType;
import dev.orbita.shared.contact.PostalAddress;

/** How the shared contact points appear in history, for every record type that has them. */
public final class ContactPointAudit {

    public static final AuditFields.Items<PhoneEntry> PHONES = AuditFields.Items.of(PhoneEntry.class)
            .code("type", PhoneType.class, PhoneEntry::getType).phone("number", PhoneEntry::getNumber);

    public static final AuditFields.Items<EmailEntry> EMAILS = AuditFields.Items.of(EmailEntry.class)
            .code("type", EmailType.class, EmailEntry::getType).text("address", EmailEntry::getAddress);

    public static final AuditFields.Items<PostalAddress> ADDRESSES = AuditFields.Items.of(PostalAddress.class)
            .code("type", AddressType.class, PostalAddress::getType).text("address", PostalAddress::oneLine);

    private ContactPointAudit() {
    }
}
