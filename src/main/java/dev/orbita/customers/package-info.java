/**
 * Customers: accounts (companies, people, households) and contacts, their phones, emails,
 * addresses, tags, lifecycle and consents; the Customer 360 page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package dev.orbita.customers;
