package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.export.Table;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A participant list as a table for {@link de.ddnhamburg.network.domain.common.export.TableExport},
 * which writes the CSV and XLSX files. Every cell is text, as the organisers see it on the page (times
 * in Hamburg's time). Headers come from the translation bundles, read like the mail texts (the domain
 * cannot use Vaadin's translation provider).
 */
@Component
class ParticipantExport {

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String[] COLUMNS = {
        "name", "email", "organisation", "guest", "seat", "status", "position", "registeredAt", "attendedAt"
    };

    Table table(ParticipantList list, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.DISPLAY_ZONE);
        List<String> headers = new ArrayList<>();
        for (String column : COLUMNS) {
            headers.add(text(locale, "event.export." + column));
        }
        Table.Builder table = Table.titled(text(locale, "event.export.sheet"), headers);
        for (ParticipantRow row : list.rows()) {
            table.row(
                    row.name(),
                    orEmpty(row.email()),
                    orEmpty(row.organisation()),
                    row.guest() ? text(locale, "event.export.yes") : "",
                    text(locale, "event.seat." + row.seatKind().name()),
                    text(locale, "event.export.status." + row.status().name()),
                    row.waitingPosition() == null ? "" : String.valueOf(row.waitingPosition()),
                    time.format(row.registeredAt()),
                    formatted(time, row.attendedAt()));
        }
        return table.build();
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
