package dev.orbita.shared.contact;

public record EmailDto(EmailType type, String address) {

    public static EmailDto of(EmailEntry entry) {
        return new EmailDto(entry.getType(), entry.getAddress());
    }
}
