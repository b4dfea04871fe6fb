/** Global search: one box over every module that contributes searchable records. */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package dev.orbita.search;
