package dev.orbita.customers.common;

public enum AddressType {
    BILLING, SHIPPING, VISIT, OTHER
}
