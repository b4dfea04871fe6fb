package dev.orbita.shared.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orbita.shared.PhoneNumber;

/** A phone in requests and answers; {@code formatted} is answered only (international format). */
public record PhoneDto(PhoneType type, String number,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String formatted) {

    public static PhoneDto of(PhoneEntry entry) {
        return new PhoneDto(entry.getType(), entry.getNumber(), PhoneNumber.display(entry.getNumber()));
    }
}
