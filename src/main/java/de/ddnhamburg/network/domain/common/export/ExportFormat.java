package de.ddnhamburg.network.domain.common.export;

import de.ddnhamburg.network.domain.common.FileNames;
import java.util.Locale;

/** The file formats of {@link TableExport}, with what a download needs to name them. */
public enum ExportFormat {
    /** For German Excel: UTF-8 with byte order mark, {@code ;} between cells, CRLF between lines. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** Office Open XML, cells typed as text or number. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * A file name from a readable stem: lower case, German umlauts spelled out, anything but ASCII
     * letters and digits turned into single hyphens, so that it survives every browser's download
     * header and every file system ({@code "Türliste Kongress 2026"} → {@code tuerliste-kongress-2026.csv}).
     */
    public String fileName(String stem) {
        return FileNames.safe(stem.toLowerCase(Locale.ROOT)) + "." + extension;
    }

    /** A file name in the reader's language: the stem is the bundle's text of {@code key} ({@link FileNames}). */
    public String fileName(Locale language, String key, Object... parts) {
        return FileNames.of(language, key, extension, parts).toLowerCase(Locale.ROOT);
    }
}
