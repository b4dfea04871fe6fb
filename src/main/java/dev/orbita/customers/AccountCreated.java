package dev.orbita.customers;

import java.util.UUID;

/** Published after an account was created. */
public record AccountCreated(UUID accountId) {
}
