package dev.orbita.customers.common;

public enum ValueTier {
    PLATINUM, GOLD, SILVER, BRONZE
}
