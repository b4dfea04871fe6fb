package dev.orbita.customers.web;

import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.contact.PhoneType;

/** One phone row of a customer form. */
class PhoneRow {
    private PhoneType type;
    private String number;

    public PhoneRow() {
    }

    static PhoneRow of(PhoneDto dto) {
        PhoneRow row = new PhoneRow();
        row.type = dto.type();
        row.number = dto.number();
        return row;
    }

    boolean isBlank() {
        return number == null || number.isBlank();
    }

    PhoneDto toDto() {
        return new PhoneDto(type == null ? PhoneType.MOBILE : type, number.strip(), null);
    }

    public PhoneType getType() { return type; }
    public void setType(PhoneType type) { this.type = type; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
}
