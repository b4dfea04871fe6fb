package dev.orbita.shared.contact;

public enum EmailType {
    WORK, PERSONAL, OTHER
}
