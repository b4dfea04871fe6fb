package dev.orbita.web.form;

import dev.orbita.shared.contact.AddressDto;
import dev.orbita.shared.contact.AddressType;

/** One postal address block of a record form (shell/contact-points :: address). */
public class AddressRow {
    private AddressType type;
    private String street;
    private String number;
    private String complement;
    private String district;
    private String city;
    private String region;
    private String postalCode;
    private String country = "BR";

    public AddressRow() {
    }

    public static AddressRow of(AddressDto a) {
        AddressRow row = new AddressRow();
        row.type = a.type();
        row.street = a.street();
        row.number = a.number();
        row.complement = a.complement();
        row.district = a.district();
        row.city = a.city();
        row.region = a.region();
        row.postalCode = a.postalCode();
        row.country = a.country();
        return row;
    }

    /** Blank when nothing but the type or the default country is filled in. */
    public boolean isBlank() {
        return FormSupport.blankToNull(street) == null && FormSupport.blankToNull(number) == null
                && FormSupport.blankToNull(complement) == null && FormSupport.blankToNull(district) == null
                && FormSupport.blankToNull(city) == null && FormSupport.blankToNull(region) == null
                && FormSupport.blankToNull(postalCode) == null;
    }

    public AddressDto toDto() {
        return new AddressDto(type == null ? AddressType.BILLING : type, FormSupport.blankToNull(street),
                FormSupport.blankToNull(number), FormSupport.blankToNull(complement),
                FormSupport.blankToNull(district), FormSupport.blankToNull(city), FormSupport.blankToNull(region),
                FormSupport.blankToNull(postalCode), FormSupport.blankToNull(country));
    }

    public AddressType getType() { return type; }
    public void setType(AddressType type) { this.type = type; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getComplement() { return complement; }
    public void setComplement(String complement) { this.complement = complement; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
}
