package de.ddnhamburg.network.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Pictures as phones and cameras make them: real EXIF (a TIFF structure with a GPS directory, as
 * cameras write it) and an XMP packet, in the place each format keeps them. JPEG carries both as
 * APP1 segments, PNG as {@code eXIf} and {@code iTXt} chunks, WebP as {@code EXIF} and {@code XMP }
 * chunks of an extended ({@code VP8X}) file. Tests upload these and look for the texts below in
 * what was stored.
 */
public final class ImagesWithMetadata {

    /** In the EXIF image description, next to the binary GPS position. */
    public static final String EXIF_TEXT = "Aufgenommen bei GPS 53.5511N 9.9937E";

    /** The camera, in the EXIF "Make" field. */
    public static final String EXIF_CAMERA = "Testkamera-Elbblick";

    /** In the XMP packet, with its own GPS position. */
    public static final String XMP_TEXT = "Geheimer Ort an der Elbchaussee";

    public static final String XMP_NAMESPACE = "http://ns.adobe.com/xap/1.0/";

    /** Latitude 53° 33' 3.96" N, longitude 9° 59' 37.32" E, as three rationals each. */
    private static final long[][] GPS_LATITUDE = {{53, 1}, {33, 1}, {396, 100}};

    private static final long[][] GPS_LONGITUDE = {{9, 1}, {59, 1}, {3732, 100}};

    /** A 1×1 lossless WebP (VP8L) whose every pixel costs no bits, so its size can be changed freely. */
    private static final String VP8L_ONE_PIXEL = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    private ImagesWithMetadata() {}

    public static byte[] jpeg(int width, int height) {
        byte[] plain = encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
        int afterJfif = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterJfif);
        segment(out, 0xE1, concat(ascii("Exif\0\0"), exif()));
        segment(out, 0xE1, concat(ascii(XMP_NAMESPACE + "\0"), xmp().getBytes(StandardCharsets.UTF_8)));
        out.write(plain, afterJfif, plain.length - afterJfif);
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        byte[] plain = encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, data and CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        pngChunk(out, "eXIf", exif());
        pngChunk(
                out,
                "iTXt",
                concat(
                        ascii("XML:com.adobe.xmp\0"),
                        new byte[] {0, 0}, // not compressed
                        ascii("\0\0"), // no language, no translated keyword
                        xmp().getBytes(StandardCharsets.UTF_8)));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /** An extended WebP: VP8X header announcing EXIF and XMP, the image, then both chunks. */
    public static byte[] webp(int width, int height) {
        byte[] image = Base64.getDecoder().decode(VP8L_ONE_PIXEL);
        byte[] vp8l = java.util.Arrays.copyOfRange(image, 20, 20 + 13);
        // The VP8L header after its signature byte: 14 bits width - 1, 14 bits height - 1, alpha, version.
        ByteBuffer.wrap(vp8l, 1, 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt((width - 1) | ((height - 1) << 14) | (1 << 28));
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) (0x10 | 0x08 | 0x04)); // alpha, EXIF, XMP
        vp8x.put(new byte[3]);
        vp8x.put(uint24(width - 1)).put(uint24(height - 1));

        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(ascii("WEBP"));
        riffChunk(chunks, "VP8X", vp8x.array());
        riffChunk(chunks, "VP8L", vp8l);
        riffChunk(chunks, "EXIF", exif());
        riffChunk(chunks, "XMP ", xmp().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("RIFF"));
        out.writeBytes(le32(chunks.size()));
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    /**
     * EXIF as cameras write it: a big-endian TIFF header, IFD0 with description, camera and a
     * pointer to the GPS directory, which holds latitude and longitude as rationals.
     */
    public static byte[] exif() {
        byte[] description = ascii(EXIF_TEXT + "\0");
        byte[] camera = ascii(EXIF_CAMERA + "\0");
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 3 * 12 + 4;
        int latitude = gpsIfd + 2 + 4 * 12 + 4;
        int longitude = latitude + 24;
        int descriptionAt = longitude + 24;
        int cameraAt = descriptionAt + description.length;
        ByteBuffer tiff = ByteBuffer.allocate(cameraAt + camera.length).order(ByteOrder.BIG_ENDIAN);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        entry(tiff, 0x010E, 2, description.length, descriptionAt); // ImageDescription, ASCII
        entry(tiff, 0x010F, 2, camera.length, cameraAt); // Make, ASCII
        entry(tiff, 0x8825, 4, 1, gpsIfd); // GPSInfo, LONG
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef, ASCII "N\0" inline
        entry(tiff, 0x0002, 5, 3, latitude); // GPSLatitude, RATIONAL
        entry(tiff, 0x0003, 2, 2, 'E' << 24); // GPSLongitudeRef
        entry(tiff, 0x0004, 5, 3, longitude); // GPSLongitude
        tiff.putInt(0);
        for (long[][] position : List.of(GPS_LATITUDE, GPS_LONGITUDE)) {
            for (long[] rational : position) {
                tiff.putInt((int) rational[0]).putInt((int) rational[1]);
            }
        }
        tiff.put(description).put(camera);
        return tiff.array();
    }

    public static String xmp() {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:exif="http://ns.adobe.com/exif/1.0/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    exif:GPSLatitude="53,33.066N"
                    exif:GPSLongitude="9,59.622E">
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(XMP_TEXT);
    }

    /** The latitude's three rationals as the EXIF block holds them (big-endian), to look for in binary. */
    public static byte[] gpsLatitudeAsStored() {
        ByteBuffer bytes = ByteBuffer.allocate(24);
        for (long[] rational : GPS_LATITUDE) {
            bytes.putInt((int) rational[0]).putInt((int) rational[1]);
        }
        return bytes.array();
    }

    /** The markers of a JPEG's segments before its image data (SOS), such as 0xE0 for APP0. */
    public static List<Integer> jpegSegmentsBeforeImageData(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2; // after SOI
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA) { // start of scan: compressed data follows
                return markers;
            }
            markers.add(marker);
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        throw new AssertionError("Not a JPEG with image data: segments " + markers);
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(new Color(29, 90, 115));
            graphics.fillOval(0, 0, width, height);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int valueOrOffset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        int length = data.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ascii(type));
        out.writeBytes(le32(data.length));
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0); // chunks are padded to an even length
        }
    }

    private static byte[] le32(int value) {
        return ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(value)
                .array();
    }

    private static byte[] uint24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
