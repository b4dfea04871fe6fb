/**
 * Platform: users, roles, teams, API tokens, security and record visibility, audit trail,
 * i18n and first-start data. Business modules plug into it; it imports none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.orbita.platform;
