/** Global search: one box over every record type that declares search fields, within the caller's visibility. */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package dev.orbita.search;
