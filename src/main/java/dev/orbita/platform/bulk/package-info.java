/**
 * Bulk actions on list rows (ADR 024): reassign, add or remove a tag, change the stage, delete — on chosen ids or
 * on every record matching a list's filter. A record type offers them by declaring one {@link
 * dev.orbita.platform.bulk.BulkTarget} bean; the kernel serves {@code POST /api/v1/{resource}/bulk}, the list
 * pages' selection bar and the background jobs of large selections. Each record goes through the record type's own
 * write path, so visibility, permissions, version and validation are exactly those of a single edit.
 */
@org.springframework.modulith.NamedInterface("bulk")
package dev.orbita.platform.bulk;
