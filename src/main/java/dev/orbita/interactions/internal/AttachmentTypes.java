package dev.orbita.interactions.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an interaction may carry, told by their first bytes wherever the format has a signature, never by
 * the client's header alone: PDF, PNG, JPEG, GIF, WebP by magic number; DOCX, XLSX (ZIP with their Office part),
 * ODT, ODS (ZIP with their mimetype entry); plain text, CSV and e-mails (EML) as UTF-8 text without control bytes,
 * told apart by the file name.
 */
final class AttachmentTypes {

    private AttachmentTypes() {
    }

    /** The content type to store and send, or empty when the file is not one of the allowed types. */
    static Optional<String> sniff(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
            return zip(bytes, name);
        }
        if (isText(bytes)) {
            if (name.endsWith(".csv")) {
                return Optional.of("text/csv");
            }
            if (name.endsWith(".eml")) {
                return Optional.of("message/rfc822");
            }
            return Optional.of("text/plain");
        }
        return Optional.empty();
    }

    private static Optional<String> zip(byte[] bytes, String name) {
        // an OpenDocument file starts with an uncompressed "mimetype" entry naming its type
        String head = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.ISO_8859_1);
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
            return Optional.of("application/vnd.oasis.opendocument.text");
        }
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
            return Optional.of("application/vnd.oasis.opendocument.spreadsheet");
        }
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        if (all.contains("word/") && name.endsWith(".docx")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (all.contains("xl/") && name.endsWith(".xlsx")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        return Optional.empty();
    }

    private static boolean isText(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            String text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A file name safe to store and to send in a header: no path, no control or quote characters, ≤ 255. */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"\\\\;]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
