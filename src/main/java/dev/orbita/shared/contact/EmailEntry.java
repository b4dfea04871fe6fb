package dev.orbita.shared.contact;

import dev.orbita.shared.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

@Embeddable
public class EmailEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmailType type;

    /*
     * "address": its words, like any text; "addressParts": the whole address, its local part and its
     * domain as single tokens, matched whole or by prefix (a full address or a bare domain finds the
     * record, ADR 013).
     */
    @FullTextField(analyzer = "orbita_text")
    @FullTextField(name = "addressParts", analyzer = "orbita_email", searchAnalyzer = "orbita_email_query")
    @Column(nullable = false)
    private String address;

    protected EmailEntry() {
    }

    public EmailEntry(EmailType type, EmailAddress address) {
        this.type = type;
        this.address = address.value();
    }

    public EmailType getType() {
        return type;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public String toString() {
        return type + " " + address;
    }
}
