package de.ddnhamburg.network.domain.common.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files every export writes: what German Excel needs, and nothing a spreadsheet would run. */
class TableExportTest {

    private static final Table PEOPLE = Table.titled("Teilnehmende", "Name", "Ort", "Anzahl")
            .row("Anna Ahrens", "Altona", 2)
            .row("Bert Brandt", "Bergedorf", 1)
            .build();

    @Test
    void csv_starts_with_a_utf8_byte_order_mark_and_has_no_other() {
        byte[] csv = TableExport.csv(PEOPLE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).doesNotContain("\uFEFF");
    }

    @Test
    void csv_separates_cells_by_semicolon_and_lines_by_crlf_with_the_headers_first() {
        assertThat(text(TableExport.csv(PEOPLE)))
                .isEqualTo("Name;Ort;Anzahl\r\nAnna Ahrens;Altona;2\r\nBert Brandt;Bergedorf;1\r\n");
    }

    @Test
    void csv_quotes_cells_with_a_semicolon_a_quote_or_a_line_break_and_reads_back_the_same() {
        Table table = Table.titled("Liste", "Text", "Weiter")
                .row("Hafen; Elbe", "x")
                .row("Die \"Lotsin\"", "x")
                .row("Zeile eins\nZeile zwei", "x")
                .row("Zeile eins\r\nZeile zwei", "x")
                .build();

        String text = text(TableExport.csv(table));

        assertThat(text)
                .contains("\"Hafen; Elbe\";x\r\n")
                .contains("\"Die \"\"Lotsin\"\"\";x\r\n")
                .contains("\"Zeile eins\nZeile zwei\";x\r\n")
                .contains("\"Zeile eins\r\nZeile zwei\";x\r\n");
        assertThat(readBack(text))
                .extracting(row -> row.get(0))
                .containsExactly(
                        "Text", "Hafen; Elbe", "Die \"Lotsin\"", "Zeile eins\nZeile zwei", "Zeile eins\r\nZeile zwei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void csv_shows_a_cell_starting_like_a_formula_as_text(String start) {
        String value = start + "HYPERLINK(\"https://evil.example.org\")";
        Table table = Table.titled("Liste", "Name", "Weiter").row(value, "x").build();

        List<CSVRecord> rows = readBack(text(TableExport.csv(table)));

        assertThat(rows.get(1).get(0)).isEqualTo("'" + value);
        assertThat(rows.get(1).get(1)).isEqualTo("x");
    }

    @Test
    void csv_leaves_cells_alone_that_only_contain_formula_characters_later_on() {
        Table table = Table.titled("Liste", "Name")
                .row("Anna=Bert")
                .row("Müller-Lüdenscheidt")
                .row("a@b.example.org")
                .row("'quoted")
                .build();

        assertThat(readBack(text(TableExport.csv(table))))
                .extracting(row -> row.get(0))
                .containsExactly("Name", "Anna=Bert", "Müller-Lüdenscheidt", "a@b.example.org", "'quoted");
    }

    @Test
    void csv_neutralises_headers_too() {
        Table table = Table.titled("Liste", "=Summe", "Name").build();

        assertThat(text(TableExport.csv(table))).isEqualTo("'=Summe;Name\r\n");
    }

    @Test
    void csv_keeps_umlauts_and_other_letters_in_utf8() {
        Table table = Table.titled("Liste", "Name")
                .row("Jörg Größe, Ænne Çelik, Đorđe")
                .build();

        byte[] csv = TableExport.csv(table);

        assertThat(text(csv)).isEqualTo("Name\r\nJörg Größe, Ænne Çelik, Đorđe\r\n");
        assertThat(csv).containsSequence("ö".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csv_writes_numbers_as_numbers_with_a_decimal_comma_and_never_neutralises_them() {
        Table table = Table.titled("Abrechnung", "Posten", "Anzahl", "Betrag")
                .row("Erstattung", -2, new BigDecimal("-12.50"))
                .row("Gesamt", 1_000_000L, new BigDecimal("1234567.5"))
                .build();

        assertThat(text(TableExport.csv(table)))
                .isEqualTo("Posten;Anzahl;Betrag\r\nErstattung;-2;-12,50\r\nGesamt;1000000;1234567,5\r\n");
    }

    @Test
    void csv_writes_empty_cells_as_nothing() {
        Table table = Table.titled("Liste", "A", "B", "C").row("x", null, "").build();

        assertThat(text(TableExport.csv(table))).isEqualTo("A;B;C\r\nx;;\r\n");
    }

    @Test
    void an_empty_table_is_its_header_line() {
        Table empty = Table.titled("Leer", "Name", "E-Mail").build();

        byte[] csv = TableExport.csv(empty);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).isEqualTo("Name;E-Mail\r\n");
    }

    @Test
    void an_empty_table_as_xlsx_has_only_its_header_row() throws IOException {
        Table empty = Table.titled("Leer", "Name", "E-Mail").build();

        try (XSSFWorkbook workbook = workbook(TableExport.xlsx(empty))) {
            Sheet sheet = workbook.getSheet("Leer");
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("E-Mail");
        }
    }

    @Test
    void xlsx_reads_back_with_the_title_as_sheet_and_typed_text_and_number_cells() throws IOException {
        Table table = Table.titled("Teilnehmende", "Name", "Anzahl", "Betrag", "Notiz")
                .row("=HYPERLINK(\"https://evil.example.org\")", 3, new BigDecimal("12.50"), null)
                .row("Jörg Größe", -1L, new BigDecimal("-0.5"), "-5")
                .row("Zeile eins\nZeile zwei", 0, BigDecimal.ZERO, "")
                .build();

        try (XSSFWorkbook workbook = workbook(TableExport.xlsx(table))) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            Sheet sheet = workbook.getSheet("Teilnehmende");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(strings(sheet.getRow(0))).containsExactly("Name", "Anzahl", "Betrag", "Notiz");

            Cell formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"https://evil.example.org\")");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12.5);
            assertThat(sheet.getRow(1).getCell(3)).isNull();

            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Jörg Größe");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-1);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-0.5);
            assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("-5");

            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Zeile eins\nZeile zwei");
            assertThat(sheet.getRow(3).getCell(3)).isNull();
        }
    }

    @Test
    void xlsx_makes_a_long_title_with_forbidden_characters_a_valid_sheet_name() throws IOException {
        Table table = Table.titled("Türliste: Fachkongress [Tag 1/2] mit sehr langem Titel", "Name")
                .build();

        try (XSSFWorkbook workbook = workbook(TableExport.xlsx(table))) {
            String name = workbook.getSheetName(0);
            assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "[", "]", "/");
            assertThat(name).startsWith("Türliste");
        }
    }

    @Test
    void the_stream_variants_write_the_same_file_and_leave_the_stream_open() throws IOException {
        ClosingWatch csv = new ClosingWatch();
        TableExport.write(PEOPLE, ExportFormat.CSV, csv);
        ClosingWatch xlsx = new ClosingWatch();
        TableExport.write(PEOPLE, ExportFormat.XLSX, xlsx);

        assertThat(csv.closed).isFalse();
        assertThat(xlsx.closed).isFalse();
        assertThat(csv.toByteArray()).isEqualTo(TableExport.csv(PEOPLE));
        // The XLSX holds its time of creation, so it is compared by what it reads back as.
        try (XSSFWorkbook written = workbook(xlsx.toByteArray());
                XSSFWorkbook made = workbook(TableExport.bytes(PEOPLE, ExportFormat.XLSX))) {
            for (int row = 0; row <= 2; row++) {
                assertThat(written.getSheetAt(0).getRow(row).getCell(0).getStringCellValue())
                        .isEqualTo(made.getSheetAt(0).getRow(row).getCell(0).getStringCellValue());
            }
            assertThat(written.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(2);
        }
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> readBack(String text) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> strings(Row row) {
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(column -> row.getCell(column).getStringCellValue())
                .toList();
    }

    private static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
