package de.ddnhamburg.network.domain.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void content_types_say_what_the_browser_gets() {
        assertThat(ExportFormat.CSV.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(ExportFormat.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void file_names_are_plain_ascii_with_the_extension() {
        assertThat(ExportFormat.CSV.fileName("teilnehmende-42")).isEqualTo("teilnehmende-42.csv");
        assertThat(ExportFormat.XLSX.fileName("Türliste Fachkongress 2026"))
                .isEqualTo("tuerliste-fachkongress-2026.xlsx");
        assertThat(ExportFormat.CSV.fileName("Größe & Maße / Café")).isEqualTo("groesse-masse-cafe.csv");
        assertThat(ExportFormat.CSV.fileName("  --Catering:  Tag 1--  ")).isEqualTo("catering-tag-1.csv");
        assertThat(ExportFormat.CSV.fileName("../../etc/passwd")).isEqualTo("etc-passwd.csv");
        assertThat(ExportFormat.CSV.fileName("ÄÖÜ")).isEqualTo("aeoeue.csv");
        assertThat(ExportFormat.CSV.fileName("???")).isEqualTo("export.csv");
    }
}
