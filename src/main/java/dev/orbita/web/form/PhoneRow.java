package dev.orbita.web.form;

import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.contact.PhoneType;

/** One phone row of a record form (shell/contact-points :: phones). */
public class PhoneRow {
    private PhoneType type;
    private String number;

    public PhoneRow() {
    }

    public static PhoneRow of(PhoneDto dto) {
        PhoneRow row = new PhoneRow();
        row.type = dto.type();
        row.number = dto.number();
        return row;
    }

    public boolean isBlank() {
        return number == null || number.isBlank();
    }

    /** No type when the reader left it on "automatic": the server takes it from the number (landline, mobile). */
    public PhoneDto toDto() {
        return new PhoneDto(type, number.strip(), null);
    }

    public PhoneType getType() { return type; }
    public void setType(PhoneType type) { this.type = type; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
}
