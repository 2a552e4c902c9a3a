package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Photos are checked by content, re-encoded without metadata, and shown only to those allowed. */
@IntegrationTest
class MemberPhotoTest {

    /** A 1×1 lossless WebP file. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    MemberProfileService profiles;

    @Autowired
    MemberDirectoryService directory;

    @Autowired
    TestMembers testMembers;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void a_large_jpeg_with_location_data_is_scaled_and_stripped() throws IOException {
        LoginAccount me = member("Paul", "Photo");
        SecurityTestSupport.signIn(me);
        byte[] upload = withExifGps(image(2000, 1500, "jpg"));

        profiles.uploadOwnPhoto(upload);

        byte[] stored = profiles.photoOf(me.memberId()).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(512);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain("GPS");
        assertThat(stored).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void png_and_webp_are_accepted_and_stored_as_jpeg() throws IOException {
        SecurityTestSupport.signIn(member("Petra", "Png"));
        profiles.uploadOwnPhoto(image(300, 200, "png"));
        assertThat(profiles.hasOwnPhoto()).isTrue();

        SecurityTestSupport.signIn(member("Wanda", "Webp"));
        profiles.uploadOwnPhoto(WEBP);
        assertThat(profiles.hasOwnPhoto()).isTrue();
    }

    @Test
    void bad_files_are_refused_with_a_clear_reason_and_the_old_photo_stays() throws IOException {
        LoginAccount me = member("Bea", "Bad");
        SecurityTestSupport.signIn(me);
        profiles.uploadOwnPhoto(image(100, 100, "jpg"));
        byte[] before = profiles.photoOf(me.memberId()).orElseThrow();

        assertRefused(new byte[0], "validation.photo.empty");
        assertRefused(
                "Kein Bild, nur ein umbenannter Text.jpg".getBytes(StandardCharsets.UTF_8),
                "validation.photo.notAnImage");
        assertRefused(new byte[20 * 1024 * 1024], "validation.photo.tooLarge");
        byte[] corrupt = new byte[4000];
        corrupt[0] = (byte) 0xFF;
        corrupt[1] = (byte) 0xD8;
        corrupt[2] = (byte) 0xFF;
        assertRefused(corrupt, "validation.photo.corrupt");

        assertThat(profiles.photoOf(me.memberId())).hasValue(before);
    }

    @Test
    void the_photo_follows_its_visibility_and_the_profile_s() throws IOException {
        String marker = TestMarkers.word("qp");
        LoginAccount open = testMembers.withProfile(
                marker + ".open@example.org", profile("Olaf", "Open" + marker).build());
        LoginAccount shy = testMembers.withProfile(
                marker + ".shy@example.org",
                profile("Susi", "Shy" + marker)
                        .visible(ProfileField.PHOTO, Visibility.ONLY_ME)
                        .build());
        LoginAccount hidden = testMembers.withProfile(
                marker + ".hidden@example.org",
                profile("Hein", "Hidden" + marker).hiddenFromDirectory().build());
        for (LoginAccount owner : List.of(open, shy, hidden)) {
            SecurityTestSupport.signIn(owner);
            profiles.uploadOwnPhoto(image(64, 64, "png"));
        }
        SecurityTestSupport.signIn(testMembers.member());

        assertThat(profiles.photoOf(open.memberId())).isPresent();
        assertThat(profiles.photoOf(shy.memberId())).isEmpty();
        assertThatThrownBy(() -> profiles.photoOf(hidden.memberId())).isInstanceOf(NotFoundException.class);
        assertThat(profiles.viewProfile(open.memberId(), Locale.GERMAN).hasPhoto())
                .isTrue();
        assertThat(profiles.viewProfile(shy.memberId(), Locale.GERMAN).hasPhoto())
                .isFalse();
        List<MemberCard> cards =
                directory.findPage(DirectoryFilter.all().withText(marker), PageRequest.of(0, 10), Locale.GERMAN);
        assertThat(cards)
                .extracting(MemberCard::displayName, MemberCard::hasPhoto)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Olaf Open" + marker, true),
                        org.assertj.core.groups.Tuple.tuple("Susi Shy" + marker, false));

        SecurityTestSupport.signIn(shy);
        assertThat(profiles.photoOf(shy.memberId())).isPresent();
    }

    @Test
    void removing_the_photo_deletes_it() throws IOException {
        LoginAccount me = member("Rolf", "Remove");
        SecurityTestSupport.signIn(me);
        profiles.uploadOwnPhoto(image(80, 80, "jpg"));

        profiles.removeOwnPhoto();

        assertThat(profiles.hasOwnPhoto()).isFalse();
        assertThat(profiles.photoOf(me.memberId())).isEmpty();
    }

    private void assertRefused(byte[] upload, String key) {
        assertThatThrownBy(() -> profiles.uploadOwnPhoto(upload))
                .isInstanceOf(DomainException.class)
                .hasMessage(key);
    }

    private LoginAccount member(String first, String last) {
        return testMembers.withProfile(
                TestMarkers.word(first.toLowerCase(Locale.ROOT)) + "@example.org",
                profile(first, last).build());
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(
                width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(29, 90, 115));
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Inserts an APP1 "Exif" segment carrying a GPS text right after the JPEG start marker. */
    private static byte[] withExifGps(byte[] jpeg) {
        byte[] payload =
                "Exif\0\0MM\0*\0\0\0\bGPSLatitude=53.5511;GPSLongitude=9.9937".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        byte[] result = out.toByteArray();
        assertThat(new String(result, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        return result;
    }
}
