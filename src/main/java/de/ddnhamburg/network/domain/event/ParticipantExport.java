package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.ClockConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A participant list as a spreadsheet. CSV for German Excel: UTF-8 with a byte order mark, {@code ;}
 * between cells, CRLF between lines. A cell that starts with {@code = + - @}, a tab or a carriage
 * return gets a leading {@code '}, so that a name like {@code =HYPERLINK(...)} is shown as text and
 * never run as a formula. XLSX cells are written as typed text cells, which a spreadsheet never
 * evaluates, so they keep exactly what was entered. Headers come from the translation bundles, read
 * like the mail texts (the domain cannot use Vaadin's translation provider).
 */
@Component
class ParticipantExport {

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String[] COLUMNS = {
        "name", "email", "organisation", "guest", "seat", "status", "position", "registeredAt", "attendedAt"
    };
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    byte[] csv(ParticipantList list, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (List<String> line : table(list, locale)) {
            text.append(String.join(
                            ";", line.stream().map(ParticipantExport::csvCell).toList()))
                    .append("\r\n");
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + content.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(content, 0, withBom, BOM.length, content.length);
        return withBom;
    }

    byte[] xlsx(ParticipantList list, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ddn Hamburg", "1.0");
            Worksheet sheet = workbook.newWorksheet(text(locale, "event.export.sheet"));
            List<List<String>> table = table(list, locale);
            for (int row = 0; row < table.size(); row++) {
                List<String> line = table.get(row);
                for (int column = 0; column < line.size(); column++) {
                    if (!line.get(column).isEmpty()) {
                        sheet.value(row, column, line.get(column));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Neutralises what a spreadsheet would run as a formula, then quotes what needs it. */
    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static List<List<String>> table(ParticipantList list, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.DISPLAY_ZONE);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(text(locale, "event.export." + column));
        }
        table.add(header);
        for (ParticipantRow row : list.rows()) {
            table.add(List.of(
                    row.name(),
                    row.email(),
                    orEmpty(row.organisation()),
                    row.guest() ? text(locale, "event.export.yes") : "",
                    text(locale, "event.seat." + row.seatKind().name()),
                    text(locale, "event.export.status." + row.status().name()),
                    row.waitingPosition() == null ? "" : String.valueOf(row.waitingPosition()),
                    time.format(row.registeredAt()),
                    formatted(time, row.attendedAt())));
        }
        return table;
    }

    private static String formatted(DateTimeFormatter time, @Nullable Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String text(Locale locale, String key) {
        Locale bundle = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, bundle, NO_FALLBACK).getString(key);
    }
}
