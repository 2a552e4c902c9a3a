package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns an uploaded file into the photo we store. The type is decided by the file's first bytes,
 * never by its name; the image is decoded, scaled to at most 512 px and written anew as JPEG, which
 * drops every piece of metadata (EXIF, GPS position, camera) along the way.
 *
 * <p>Public because group images ({@code domain.group}) go through the same pipeline; it holds no
 * member data and checks no rights, so callers authorise first.
 */
public final class PhotoProcessor {

    public static final int MAX_UPLOAD_BYTES = UploadRules.MAX_UPLOAD_BYTES;
    static final int MAX_EDGE = 512;
    /**
     * Decoding is refused above this, judged from the header alone, so that a small file cannot
     * make the server inflate a huge image (a 10,000 x 10,000 PNG of a few hundred KB).
     */
    static final long MAX_SOURCE_PIXELS = 40_000_000L;
    /**
     * Images are decoded subsampled to at most twice this edge, so even an allowed 40-megapixel
     * source never allocates more than about 16 MB of pixels; it is scaled to {@link #MAX_EDGE} anyway.
     */
    static final int DECODE_EDGE = 1024;

    private PhotoProcessor() {}

    private static DomainException tooLarge() {
        return UploadRules.tooLarge();
    }

    public static byte[] process(byte[] upload) {
        if (upload.length == 0) {
            throw new DomainException("validation.photo.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        if (!isJpeg(upload) && !isPng(upload) && !isWebp(upload)) {
            throw new DomainException("validation.photo.notAnImage");
        }
        BufferedImage source = decode(upload);
        try {
            BufferedImage scaled =
                    Thumbnails.of(source).size(MAX_EDGE, MAX_EDGE).asBufferedImage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(opaque(scaled))
                    .scale(1.0)
                    .outputFormat("jpg")
                    .outputQuality(0.85)
                    .toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException("validation.photo.corrupt");
        }
    }

    /** Checks the size in the header first, then decodes subsampled (see {@link #DECODE_EDGE}). */
    static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new DomainException("validation.photo.corrupt");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_SOURCE_PIXELS) {
                    throw new DomainException("validation.photo.tooManyPixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODE_EDGE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new DomainException("validation.photo.corrupt");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw new DomainException("validation.photo.corrupt");
        }
    }

    /** JPEG has no transparency: transparent areas become white instead of black. */
    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static boolean isJpeg(byte[] data) {
        return startsWith(data, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    }

    private static boolean isPng(byte[] data) {
        return startsWith(
                data, 0, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte)
                        0x0A);
    }

    private static boolean isWebp(byte[] data) {
        return startsWith(data, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
                && startsWith(data, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P');
    }

    private static boolean startsWith(byte[] data, int offset, byte... prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(Arrays.copyOfRange(data, offset, offset + prefix.length), prefix);
    }
}
