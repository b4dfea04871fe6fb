package dev.orbita.web.form;

import dev.orbita.shared.contact.EmailDto;
import dev.orbita.shared.contact.EmailType;

/** One e-mail row of a record form (shell/contact-points :: emails). */
public class EmailRow {
    private EmailType type;
    private String address;

    public EmailRow() {
    }

    public static EmailRow of(EmailDto dto) {
        EmailRow row = new EmailRow();
        row.type = dto.type();
        row.address = dto.address();
        return row;
    }

    public boolean isBlank() {
        return address == null || address.isBlank();
    }

    public EmailDto toDto() {
        return new EmailDto(type == null ? EmailType.WORK : type, address.strip());
    }

    public EmailType getType() { return type; }
    public void setType(EmailType type) { this.type = type; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
