package dev.orbita.web.export;

import dev.orbita.shared.ValidationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The file formats a list exports to: by media type for the API, by name ({@code ?format=}) for pages. */
public enum ExportFormat {

    CSV(ExportFormat.CSV_VALUE, "csv"),
    XLSX(ExportFormat.XLSX_VALUE, "xlsx");

    public static final String CSV_VALUE = "text/csv";
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The file name extension, also the name {@code ?format=} takes. */
    public String extension() {
        return extension;
    }

    /**
     * The format an {@code Accept} header asks for: the first export media type it accepts, by quality
     * then order ({@code text/*} is CSV). CSV when it names none, which a handler declaring both export
     * media types in {@code produces} never sees.
     */
    public static ExportFormat ofAccept(String accept) {
        List<MediaType> accepted;
        try {
            accepted = accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return CSV;
        }
        for (MediaType type : accepted.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue)
                .reversed()).toList()) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (ExportFormat format : values()) {
                if (type.includes(format.mediaType) && !type.isWildcardType()) {
                    return format;
                }
            }
        }
        return CSV;
    }

    /** The format named by a page's {@code ?format=csv|xlsx}; anything else is a 400 naming {@code format}. */
    public static ExportFormat ofName(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw ValidationException.of("format", "validation.enum", "csv, xlsx");
    }
}
