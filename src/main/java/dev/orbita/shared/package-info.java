/**
 * Shared kernel: value types and base classes every module may use (ids, money, emails, phones,
 * tax ids, record references), the contact-point embeddables and their DTOs ({@code contact}) and
 * the generic field checks ({@code check}). Open: every type in it is public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.orbita.shared;
