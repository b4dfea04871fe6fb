package dev.orbita.customers.common;

public enum ConsentPurpose {
    MARKETING, PROFILING, SERVICE_MESSAGES, THIRD_PARTY_SHARING
}
