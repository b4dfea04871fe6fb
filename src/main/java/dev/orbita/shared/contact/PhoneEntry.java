package dev.orbita.shared.contact;

import dev.orbita.shared.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A phone number stored in E.164, with its kind. */
@Embeddable
public class PhoneEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PhoneType type;

    @Column(nullable = false)
    private String number;

    protected PhoneEntry() {
    }

    public PhoneEntry(PhoneType type, PhoneNumber number) {
        this.type = type;
        this.number = number.e164();
    }

    public PhoneType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public PhoneNumber phone() {
        return new PhoneNumber(number);
    }

    /** The digits backwards, so that any trailing part of the number is a prefix search. */
    @KeywordField(name = "digitsReversed")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "number")))
    public String getDigitsReversed() {
        return new StringBuilder(PhoneNumber.digitsOf(number)).reverse().toString();
    }

    @Override
    public String toString() {
        return type + " " + number;
    }
}
