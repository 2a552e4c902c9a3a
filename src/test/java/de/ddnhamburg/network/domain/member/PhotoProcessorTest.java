package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Limits of the photo pipeline that hold before and while decoding; no Spring needed. */
class PhotoProcessorTest {

    @Test
    void a_10000_by_10000_png_is_refused_from_its_header_before_decoding() {
        // The image data is not even valid: decoding it would answer "corrupt", so "too many
        // pixels" shows that the header alone decided.
        byte[] png = png(10_000, 10_000, "not image data".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> PhotoProcessor.process(png))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.photo.tooManyPixels"));
    }

    @Test
    void an_allowed_large_png_is_decoded_subsampled_so_its_pixels_stay_small() throws IOException {
        // 6,000 x 6,000 (36 megapixels) compresses to a few dozen KB; decoded in full it would take
        // 36 MB as grey and 144 MB as colour.
        byte[] png = png(6000, 6000, zeroRows(6000, 6000));
        assertThat(png.length).isLessThan(UploadRules.MAX_UPLOAD_BYTES);

        BufferedImage decoded = PhotoProcessor.decode(png);

        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isLessThan(2 * PhotoProcessor.DECODE_EDGE);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(PhotoProcessor.process(png)));
        assertThat(stored.getWidth()).isEqualTo(PhotoProcessor.MAX_EDGE);
    }

    @Test
    void reading_an_upload_stops_at_the_limit() throws IOException {
        byte[] exactly = new byte[UploadRules.MAX_UPLOAD_BYTES];
        assertThat(UploadRules.readUpload(new ByteArrayInputStream(exactly), -1))
                .hasSize(exactly.length);

        byte[] oneMore = new byte[UploadRules.MAX_UPLOAD_BYTES + 1];
        assertThatThrownBy(() -> UploadRules.readUpload(new ByteArrayInputStream(oneMore), -1))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.photo.tooLarge"));
        assertThatThrownBy(() -> UploadRules.readUpload(new ByteArrayInputStream(new byte[0]), 6L * 1024 * 1024))
                .isInstanceOf(DomainException.class);
    }

    /** The filtered rows of an 8-bit grey image, all black, deflated while they are made. */
    private static byte[] zeroRows(int width, int height) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out =
                new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                out.write(row);
            }
        }
        return compressed.toByteArray();
    }

    /** A PNG of an 8-bit grey image with the given (already compressed) image data. */
    static byte[] png(int width, int height, byte[] imageData) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", imageData);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
