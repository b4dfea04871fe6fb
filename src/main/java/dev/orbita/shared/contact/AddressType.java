package dev.orbita.shared.contact;

public enum AddressType {
    BILLING, SHIPPING, VISIT, OTHER
}
