package dev.orbita.interactions.internal;

import java.time.Instant;
import java.util.UUID;

/** An attachment as the API lists it; {@code url} downloads it. */
record AttachmentItem(UUID id, String fileName, String contentType, long size, Instant createdAt, String url) {
}
