package dev.orbita.search;

import java.util.UUID;

/** One result of the global search. {@code type} is ACCOUNT, CONTACT, LEAD, OPPORTUNITY, TICKET… */
public record SearchHit(String type, UUID id, String title, String subtitle, String url, float score) {
}
