package de.ddnhamburg.network.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.common.export.ExportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Downloaded and attached files are named in the reader's language, from the bundles. */
class FileNamesTest {

    @Test
    void names_follow_the_language_and_keep_ids_as_they_are() {
        assertThat(FileNames.of(Locale.GERMAN, "file.badges", "pdf", 1234L))
                .isEqualTo("namensschilder-kongress-1234.pdf");
        assertThat(FileNames.of(Locale.ENGLISH, "file.badges", "pdf", 1234L))
                .isEqualTo("name-badges-congress-1234.pdf");
        assertThat(FileNames.of(Locale.GERMAN, "file.invoice", "pdf", "2027-0001"))
                .isEqualTo("Rechnung-2027-0001.pdf");
        assertThat(FileNames.of(Locale.ENGLISH, "file.creditNote", "pdf", "2027-0002"))
                .isEqualTo("Credit-note-2027-0002.pdf");
        assertThat(FileNames.of(Locale.UK, "file.calendar.session", "ics", 7, 12))
                .isEqualTo("congress-7-session-12.ics");
        assertThat(FileNames.of(Locale.FRENCH, "file.calendar.session", "ics", 7, 12))
                .isEqualTo("kongress-7-sitzung-12.ics");
        assertThat(ExportFormat.XLSX.fileName(Locale.ENGLISH, "file.export.door", 3))
                .isEqualTo("door-list-congress-3.xlsx");
        assertThat(ExportFormat.CSV.fileName(Locale.GERMAN, "file.export.door", 3))
                .isEqualTo("tuerliste-kongress-3.csv");
    }

    @Test
    void whatever_goes_into_a_name_comes_out_safe() {
        assertThat(FileNames.of(Locale.GERMAN, "file.badge", "pdf", "../K7QX 4M2P/ä"))
                .isEqualTo("namensschild-K7QX-4M2P-ae.pdf");
        assertThat(FileNames.safe("Türliste Kongress 2026")).isEqualTo("Tuerliste-Kongress-2026");
    }

    @Test
    void every_file_name_has_a_safe_german_and_a_different_english_stem() throws IOException {
        Properties german = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        var keys = german.stringPropertyNames().stream()
                .filter(key -> key.startsWith("file."))
                .sorted()
                .toList();
        assertThat(keys).hasSizeGreaterThan(20);
        for (String key : keys) {
            Object[] parts = {"1", "2"};
            String de = FileNames.of(Locale.GERMAN, key, "x", parts);
            String en = FileNames.of(Locale.ENGLISH, key, "x", parts);
            assertThat(de).as(key).matches("[A-Za-z0-9-]+\\.x");
            assertThat(en).as(key).matches("[A-Za-z0-9-]+\\.x");
            // "ticket-qr" reads the same in both languages.
            if (!key.equals("file.ticketQr")) {
                assertThat(en).as(key).isNotEqualTo(de);
            }
            assertThat(english.getProperty(key)).as(key).isNotNull();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FileNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
