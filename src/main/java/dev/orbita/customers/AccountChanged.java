package dev.orbita.customers;

import java.util.UUID;

/** Published after an account was changed. */
public record AccountChanged(UUID accountId) {
}
