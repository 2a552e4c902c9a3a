package de.ddnhamburg.network.domain.congress.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A ticket's QR code drawn as vector squares, sharp on any printer: the same content and error
 * correction as the ticket's PNG ({@code congress.TicketQr}), only the ticket code. The four
 * modules of quiet zone around it are left white; the caller keeps that space free.
 */
final class QrDrawing {

    /** Modules of white the code needs around it to be found by a scanner. */
    static final int QUIET_ZONE = 4;

    private QrDrawing() {}

    /** How many modules wide the code is, quiet zone included. */
    static int modules(String ticketCode) {
        return matrix(ticketCode).getWidth() + 2 * QUIET_ZONE;
    }

    /** Draws the code with its quiet zone in the square at (x, y) with the given side. */
    static void draw(PDPageContentStream content, String ticketCode, float x, float y, float side) throws IOException {
        BitMatrix matrix = matrix(ticketCode);
        int size = matrix.getWidth();
        float module = side / (size + 2 * QUIET_ZONE);
        float left = x + QUIET_ZONE * module;
        float top = y + side - QUIET_ZONE * module;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < size; row++) {
            int column = 0;
            while (column < size) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < size && matrix.get(column, row)) {
                    column++;
                }
                // A hair taller than a module, so that rows meet without a seam when rendered.
                content.addRect(
                        left + start * module,
                        top - (row + 1) * module - 0.01f,
                        (column - start) * module,
                        module + 0.02f);
            }
        }
        content.fill();
    }

    private static BitMatrix matrix(String ticketCode) {
        try {
            return new QRCodeWriter()
                    .encode(
                            ticketCode,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("A ticket code always fits a QR code", e);
        }
    }
}
