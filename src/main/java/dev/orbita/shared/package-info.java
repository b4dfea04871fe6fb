/** Value types and base classes every module may use: ids, money, emails, phones, tax ids. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package dev.orbita.shared;
