package de.ddnhamburg.network.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back as a person would: its text (PDFBox's extraction), the text and font sizes in
 * an area, a page rendered as an image, and the QR code in an image (ZXing). Areas are in points,
 * measured from the page's top left corner.
 */
public final class PdfReading {

    private static final float DPI = 200;

    private PdfReading() {}

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in the area of a page (0 for the first), line breaks as in the layout. */
    public static String textIn(byte[] pdf, int page, Rectangle2D area) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("area", area);
            stripper.extractRegions(document.getPage(page));
            return stripper.getTextForRegion("area");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font size, in points, of every character in the area of a page. */
    public static List<Float> fontSizesIn(byte[] pdf, int page, Rectangle2D area) {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (area.contains(text.getXDirAdj(), text.getYDirAdj() - text.getHeightDir() / 2)) {
                        sizes.add(text.getFontSizeInPt());
                    }
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(document);
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage render(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part of a rendered page that shows the area (in points). */
    public static BufferedImage crop(BufferedImage page, Rectangle2D area) {
        double scale = DPI / 72.0;
        return page.getSubimage(
                (int) (area.getX() * scale), (int) (area.getY() * scale), (int) (area.getWidth() * scale), (int)
                        (area.getHeight() * scale));
    }

    /**
     * What the one QR code in the image says. ZXing's detector misses about one valid code in 300
     * even on a perfect image of its own encoder's output (it takes a run of data modules for a
     * finder pattern; checked on 3,000 random ticket codes, at every error correction level), and
     * ticket codes are random, so a single attempt would fail a test now and then. A scanner at the
     * door reads many frames at varying sizes; this reads the image at three sizes and with both of
     * ZXing's binarizers, and only a code that decodes to the exact text counts.
     */
    public static String qrCode(BufferedImage image) {
        ReaderException last = NotFoundException.getNotFoundInstance();
        for (double scale : new double[] {1.0, 0.8, 1.25}) {
            BufferedImage scaled = scale == 1.0 ? image : scaled(image, scale);
            int width = scaled.getWidth();
            int height = scaled.getHeight();
            int[] pixels = scaled.getRGB(0, 0, width, height, null, 0, width);
            RGBLuminanceSource source = new RGBLuminanceSource(width, height, pixels);
            for (BinaryBitmap bitmap : List.of(
                    new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader()
                            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    last = e;
                }
            }
        }
        throw new AssertionError("No readable QR code in the image", last);
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int width = (int) Math.round(image.getWidth() * scale);
        int height = (int) Math.round(image.getHeight() * scale);
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }

    /** Saves the image under target/screenshots, to be looked at. */
    public static Path screenshot(BufferedImage image, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
