package dev.orbita.customers.common;

public enum EmailType {
    WORK, PERSONAL, OTHER
}
