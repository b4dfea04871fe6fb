package dev.orbita.search;

import java.util.UUID;

/**
 * One result of the global search: {@code type} is the record type's code (ACCOUNT, CONTACT …), title
 * and subtitle the record's indexed {@code name} and {@code subtitle}, url its page.
 */
public record SearchHit(String type, UUID id, String title, String subtitle, String url, float score) {
}
