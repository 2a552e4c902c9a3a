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

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int MAX_EDGE = 512;
    /** Decoding is refused above this, so that a small file cannot unpack into gigabytes. */
    private static final long MAX_SOURCE_PIXELS = 40_000_000L;

    private PhotoProcessor() {}

    public static byte[] process(byte[] upload) {
        if (upload.length == 0) {
            throw new DomainException("validation.photo.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new DomainException("validation.photo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
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

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new DomainException("validation.photo.corrupt");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_SOURCE_PIXELS) {
                    throw new DomainException("validation.photo.tooManyPixels");
                }
                BufferedImage image = reader.read(0);
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
