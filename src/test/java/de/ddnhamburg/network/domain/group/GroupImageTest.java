package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Admins give a group an image, re-encoded like member photos; who sees the group sees it. */
@IntegrationTest
class GroupImageTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupReadService groups;

    @Autowired
    TestMembers testMembers;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    @Test
    void an_admin_uploads_an_image_which_is_scaled_to_a_jpeg_and_shown_to_who_sees_the_group() throws IOException {
        LoginAccount mod = Groups.member(testMembers, "Moni", "Bildtest");
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        LoginAccount outsider = Groups.member(testMembers, "Olaf", "Bildtest");

        assertThatThrownBy(() -> Acting.run(mod, () -> groupAdministration.uploadImage(id, png(800, 600))))
                .as("moderators do not change the group itself")
                .isInstanceOf(AccessDeniedException.class);
        Acting.run(testMembers.admin(), () -> groupAdministration.uploadImage(id, png(2000, 1000)));

        byte[] stored = Acting.as(outsider, () -> groups.imageOf(id)).orElseThrow();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(512);
        assertThat(stored[0] & 0xff).as("JPEG").isEqualTo(0xff);
        assertThat(Acting.as(outsider, () -> groups.page(id, Locale.GERMAN)).hasImage())
                .isTrue();

        Acting.run(testMembers.admin(), () -> groupAdministration.removeImage(id));
        assertThat(Acting.as(outsider, () -> groups.imageOf(id))).isEmpty();
    }

    @Test
    void a_file_that_is_no_image_is_refused_and_the_old_image_stays() {
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Acting.run(testMembers.admin(), () -> groupAdministration.uploadImage(id, png(300, 300)));

        assertThatThrownBy(() -> Acting.run(
                        testMembers.admin(),
                        () -> groupAdministration.uploadImage(
                                id, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DomainException.class)
                .hasMessage("validation.photo.notAnImage");
        assertThat(Acting.as(testMembers.admin(), () -> groups.imageOf(id))).isPresent();
    }

    @Test
    void the_image_of_a_hidden_group_is_not_found_for_outsiders() {
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.HIDDEN);
        Acting.run(testMembers.admin(), () -> groupAdministration.uploadImage(id, png(300, 300)));
        LoginAccount outsider = Groups.member(testMembers, "Olaf", "Bildtest");

        assertThatThrownBy(() -> Acting.run(outsider, () -> groups.imageOf(id))).isInstanceOf(NotFoundException.class);
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
