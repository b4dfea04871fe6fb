package dev.orbita.shared.contact;

import dev.orbita.shared.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

@Embeddable
public class EmailEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmailType type;

    @FullTextField(analyzer = "orbita_text")
    @KeywordField(name = "exact", normalizer = "orbita_keyword")
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
