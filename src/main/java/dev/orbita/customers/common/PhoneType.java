package dev.orbita.customers.common;

public enum PhoneType {
    MOBILE, WORK, HOME, FAX, OTHER
}
