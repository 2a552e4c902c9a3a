package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.domain.congress.CongressSpeakerService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.ImagesWithMetadata;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Photos lose their metadata, whatever format they come in: a JPEG, PNG and WebP each carrying real
 * EXIF (with a GPS directory) and XMP are uploaded as a member's photo, a group's image and a
 * speaker's photo, which share one pipeline ({@link PhotoProcessor}), and what is stored is a plain
 * JPEG with none of it.
 */
@IntegrationTest
class PhotoMetadataTest {

    enum Format {
        JPEG,
        PNG,
        WEBP;

        byte[] upload() {
            return switch (this) {
                case JPEG -> ImagesWithMetadata.jpeg(800, 600);
                case PNG -> ImagesWithMetadata.png(800, 600);
                case WEBP -> ImagesWithMetadata.webp(800, 600);
            };
        }
    }

    @Autowired
    MemberProfileService profiles;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupReadService groups;

    @Autowired
    CongressSpeakerService speakers;

    @Autowired
    CongressReadService congresses;

    @Autowired
    TestMembers testMembers;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Test
    void the_test_pictures_carry_real_exif_with_a_gps_position_and_xmp() throws IOException {
        TIFFDirectory exif = tiffDirectory(ImagesWithMetadata.exif());
        assertThat(exif.getTIFFField(270).getAsString(0)).isEqualTo(ImagesWithMetadata.EXIF_TEXT);
        TIFFDirectory gps = exif.getTIFFField(34853).getDirectory();
        assertThat(gps).as("GPS directory").isNotNull();
        assertThat(gps.getTIFFField(1).getAsString(0)).isEqualTo("N");
        TIFFField latitude = gps.getTIFFField(2);
        assertThat(latitude.getAsRational(0)).containsExactly(53, 1);
        assertThat(latitude.getAsRational(2)).containsExactly(396, 100);

        for (Format format : Format.values()) {
            byte[] upload = format.upload();
            assertThat(text(upload))
                    .as(format.name())
                    .contains(ImagesWithMetadata.EXIF_TEXT, ImagesWithMetadata.XMP_TEXT, "<x:xmpmeta");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(upload));
            assertThat(decoded.getWidth()).as(format.name()).isEqualTo(800);
        }
        // What the JDK's own readers see: both APP1 segments, and the PNG's eXIf and XMP chunks.
        assertThat(nativeMetadata(Format.JPEG.upload()).split("unknown MarkerTag=225", -1))
                .as("two APP1 segments")
                .hasSize(3);
        assertThat(nativeMetadata(Format.PNG.upload()))
                .contains("iTXtEntry keyword=XML:com.adobe.xmp", "UnknownChunk type=eXIf");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_members_photo_is_stored_as_jpeg_without_exif_xmp_or_position(Format format) throws IOException {
        LoginAccount me = testMembers.withProfile(
                TestMarkers.word("meta") + "@example.org",
                profile("Mara", "Metadaten").build());

        Acting.run(me, () -> profiles.uploadOwnPhoto(format.upload()));

        assertStrippedJpeg(Acting.as(me, () -> profiles.photoOf(me.memberId())).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_groups_image_is_stored_as_jpeg_without_exif_xmp_or_position(Format format) throws IOException {
        LoginAccount moderator = Groups.member(testMembers, "Gerd", "Metadaten");
        long group =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);

        Acting.run(testMembers.admin(), () -> groupAdministration.uploadImage(group, format.upload()));

        assertStrippedJpeg(Acting.as(moderator, () -> groups.imageOf(group)).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_speakers_photo_is_stored_as_jpeg_without_exif_xmp_or_position(Format format) throws IOException {
        long speaker = Congresses.build(testMembers, context, clock, true).speakerId();

        Acting.run(testMembers.admin(), () -> speakers.uploadPhoto(speaker, format.upload()));

        assertStrippedJpeg(Acting.as(testMembers.member(), () -> congresses.speakerPhoto(speaker))
                .orElseThrow());
    }

    private static void assertStrippedJpeg(byte[] stored) throws IOException {
        assertThat(stored).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(stored))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            assertThat(reader.getFormatName()).isEqualToIgnoringCase("jpeg");
            reader.setInput(input);
            assertThat(Math.max(reader.getWidth(0), reader.getHeight(0))).isEqualTo(PhotoProcessor.MAX_EDGE);
            reader.dispose();
        }
        // Only the JFIF header (APP0) before the image data: no APP1 (EXIF, XMP), no APP2 (ICC
        // profile), no APP13 (Photoshop, IPTC), no comment.
        assertThat(ImagesWithMetadata.jpegSegmentsBeforeImageData(stored))
                .contains(0xE0)
                .allSatisfy(marker -> assertThat(marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF))
                        .as("segment 0x%X", marker)
                        .isFalse());
        assertThat(text(stored))
                .doesNotContain(
                        "Exif",
                        ImagesWithMetadata.XMP_NAMESPACE,
                        "xmpmeta",
                        ImagesWithMetadata.EXIF_TEXT,
                        ImagesWithMetadata.EXIF_CAMERA,
                        ImagesWithMetadata.XMP_TEXT,
                        "53,33.066N");
        assertThat(text(stored))
                .as("GPS latitude as EXIF rationals")
                .doesNotContain(text(ImagesWithMetadata.gpsLatitudeAsStored()));
    }

    private static TIFFDirectory tiffDirectory(byte[] tiff) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("tiff").next();
            reader.setInput(input);
            return TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
        }
    }

    /** The reader's own metadata tree as lines such as {@code unknown MarkerTag=225}. */
    private static String nativeMetadata(byte[] image) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input);
            IIOMetadata metadata = reader.getImageMetadata(0);
            StringBuilder lines = new StringBuilder();
            describe(metadata.getAsTree(metadata.getNativeMetadataFormatName()), lines);
            return lines.toString();
        }
    }

    private static void describe(org.w3c.dom.Node node, StringBuilder lines) {
        lines.append(node.getNodeName());
        var attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            lines.append(' ')
                    .append(attributes.item(i).getNodeName())
                    .append('=')
                    .append(attributes.item(i).getNodeValue());
        }
        lines.append('\n');
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            describe(child, lines);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
