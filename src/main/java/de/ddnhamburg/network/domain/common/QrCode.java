package de.ddnhamburg.network.domain.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A QR code as a PNG, such as that of a congress ticket (which encodes the ticket code only, never
 * personal data): for the page that shows it, and for a mail's attachment, drawn when the mail is
 * sent. ZXing's core encodes; the image is drawn with ImageIO (black on white, a quiet zone of four
 * modules), so ZXing's javase module is not needed.
 */
public final class QrCode {

    public static final String CONTENT_TYPE = "image/png";
    private static final int SIZE = 320;

    private QrCode() {}

    public static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            // One bit per pixel, written straight into the image's bytes (1 = white in its palette):
            // setRGB per pixel and ImageIO's file cache took longer than a whole placement.
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int stride = (matrix.getWidth() + 7) / 8;
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (!matrix.get(x, y)) {
                        bits[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                ImageIO.write(image, "png", stream);
            }
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
