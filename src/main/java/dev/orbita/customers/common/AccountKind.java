package dev.orbita.customers.common;

public enum AccountKind {
    COMPANY, PERSON, HOUSEHOLD
}
