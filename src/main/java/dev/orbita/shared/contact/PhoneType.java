package dev.orbita.shared.contact;

public enum PhoneType {
    MOBILE, WORK, HOME, FAX, OTHER
}
