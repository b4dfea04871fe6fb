package dev.orbita.customers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to accounts and contacts for other modules (screen pop, mail matching …), with the
 * caller's visibility of each record type: a record the caller may not read is not found, and without
 * a signed-in caller nothing is. Every lookup runs on indexed columns.
 */
public interface CustomerLookup {

    /** The most records {@link #byPhone} and {@link #byEmail} return, per record type. */
    int MAX_MATCHES = 50;

    Optional<CustomerSummary> account(UUID id);

    Optional<CustomerSummary> contact(UUID id);

    /**
     * Accounts, then contacts, with this phone number, each by name. The number may be typed in any
     * format; one without an international prefix is read as a number of the installation's country
     * ({@code orbita.default-region}). Text that is not a valid phone number (a withheld caller id,
     * {@code "abc"}) finds nothing.
     */
    List<CustomerSummary> byPhone(String anyFormat);

    /**
     * Accounts, then contacts, with this e-mail address, each by name. The domain matches whatever its
     * case; the local part as stored or in lower case (addresses keep the case of their local part as
     * entered, ADR 013). Text that is not an e-mail address finds nothing.
     */
    List<CustomerSummary> byEmail(String address);
}
