package dev.orbita.customers;

import java.util.Optional;
import java.util.UUID;

/** Read access to customers for other modules, respecting the caller's visibility. */
public interface CustomerLookup {

    Optional<CustomerSummary> account(UUID id);

    Optional<CustomerSummary> contact(UUID id);
}
