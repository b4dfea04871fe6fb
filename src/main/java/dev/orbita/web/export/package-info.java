/**
 * Export of a list's whole filtered result as CSV or XLSX, streamed in keyset batches through the
 * list's own query (so filters, sort and visibility are the list's): {@link ListExport} runs it from a
 * module's controller with the module's {@link dev.orbita.web.list.ListColumns}. See
 * {@code docs/decisions/020-list-export.md}.
 */
package dev.orbita.web.export;
