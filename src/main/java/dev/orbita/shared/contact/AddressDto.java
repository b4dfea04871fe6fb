package dev.orbita.shared.contact;

public record AddressDto(AddressType type, String street, String number, String complement, String district,
        String city, String region, String postalCode, String country) {

    public static AddressDto of(PostalAddress a) {
        return new AddressDto(a.getType(), a.getStreet(), a.getNumber(), a.getComplement(), a.getDistrict(),
                a.getCity(), a.getRegion(), a.getPostalCode(), a.getCountry());
    }
}
