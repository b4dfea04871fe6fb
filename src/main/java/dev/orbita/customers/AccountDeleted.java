package dev.orbita.customers;

import java.util.UUID;

/** Published after an account was deleted. */
public record AccountDeleted(UUID accountId) {
}
