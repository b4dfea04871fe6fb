package dev.orbita.shared.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A postal address in the Brazilian or Portuguese shape (street, number, complement, district…). */
@Embeddable
public class PostalAddress {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AddressType type;

    private String street;
    private String number;
    private String complement;
    private String district;
    private String city;
    private String region;
    @Column(name = "postal_code")
    private String postalCode;
    private String country;

    protected PostalAddress() {
    }

    public PostalAddress(AddressType type, String street, String number, String complement, String district,
            String city, String region, String postalCode, String country) {
        this.type = type;
        this.street = street;
        this.number = number;
        this.complement = complement;
        this.district = district;
        this.city = city;
        this.region = region;
        this.postalCode = postalCode;
        this.country = country;
    }

    public AddressType getType() {
        return type;
    }

    public String getStreet() {
        return street;
    }

    public String getNumber() {
        return number;
    }

    public String getComplement() {
        return complement;
    }

    public String getDistrict() {
        return district;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    /** One line, as written on an envelope in Brazil and Portugal. */
    public String oneLine() {
        String streetPart = Stream.of(street, number).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return Stream.of(streetPart, complement, district, city, region, postalCode, country)
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    @Override
    public String toString() {
        return type + " " + oneLine();
    }
}
