package de.ddnhamburg.network.domain.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Table} as a spreadsheet file. Every export of the platform comes through here.
 *
 * <p>CSV is for German Excel, which opens it with a double click only like this: UTF-8 with a byte
 * order mark (else umlauts break), {@code ;} between cells (the German list separator), CRLF between
 * lines, decimal comma in amounts. Commons CSV quotes what needs it ({@code ;}, quotes, line
 * breaks). A text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * {@code '}, so that a name like {@code =HYPERLINK(...)} someone typed into a form is shown as text
 * and never run as a formula (CSV injection).
 *
 * <p>XLSX (FastExcel) writes typed cells: text cells are never evaluated by a spreadsheet, so they
 * keep exactly what was entered, without the {@code '}; numbers stay numbers.
 *
 * <p>The stream variants leave the stream open, for the caller who opened it.
 */
public final class TableExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat GERMAN_EXCEL = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private TableExport() {}

    public static byte[] csv(Table table) {
        return bytes(table, ExportFormat.CSV);
    }

    public static byte[] xlsx(Table table) {
        return bytes(table, ExportFormat.XLSX);
    }

    public static byte[] bytes(Table table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(Table table, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(table, out);
            case XLSX -> xlsx(table, out);
        }
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Not closed: that would close the caller's stream; flushing is enough.
        CSVPrinter printer = new CSVPrinter(writer, GERMAN_EXCEL);
        printer.printRecord(table.headers().stream().map(TableExport::neutralised));
        for (List<@Nullable Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (@Nullable Object cell : row) {
                cells.add(csvCell(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    public static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ddn Hamburg", "1.0");
        // FastExcel makes the title a valid sheet name (at most 31 characters, no []:*?/\).
        Worksheet sheet = workbook.newWorksheet(table.title());
        List<String> headers = table.headers();
        for (int column = 0; column < headers.size(); column++) {
            textCell(sheet, 0, column, headers.get(column));
        }
        List<List<@Nullable Object>> rows = table.rows();
        for (int row = 0; row < rows.size(); row++) {
            List<@Nullable Object> cells = rows.get(row);
            for (int column = 0; column < cells.size(); column++) {
                @Nullable Object cell = cells.get(column);
                if (cell instanceof Number number) {
                    sheet.value(row + 1, column, number);
                } else if (cell instanceof String text) {
                    textCell(sheet, row + 1, column, text);
                }
            }
        }
        // finish, not close: the stream is the caller's.
        workbook.finish();
    }

    /** What a spreadsheet would run as a formula gets a leading {@code '}, and is shown as typed. */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String csvCell(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case String text -> neutralised(text);
            case BigDecimal amount -> amount.toPlainString().replace('.', ',');
            default -> cell.toString();
        };
    }

    private static void textCell(Worksheet sheet, int row, int column, String text) {
        // An empty string would still be a cell; leaving it out keeps empty cells empty.
        if (!text.isEmpty()) {
            sheet.value(row, column, text);
        }
    }
}
