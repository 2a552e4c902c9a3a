package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileEditViewTest extends KaribuTest {

    @Autowired
    MemberProfileService profiles;

    LoginAccount me;

    @BeforeEach
    void signIn() {
        me = testMembers.withProfile(
                "editor." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                profile("Emma", "Editor").organisation("Alt GmbH").build());
        login(me);
        navigate(ProfileEditView.class);
    }

    @Test
    void the_form_shows_the_current_profile_and_saves_changes_and_visibility() {
        TextField organisation = _get(TextField.class, spec -> spec.withId("field-organisation"));
        assertThat(organisation.getValue()).isEqualTo("Alt GmbH");

        FieldInput.setValueAsUser(organisation, "Neu & Co. KG");
        FieldInput.setValueAsUser(_get(TextArea.class, spec -> spec.withId("field-bio")), "<b>Hallo</b> Netzwerk");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Visibility> phoneVisibility =
                _get(RadioButtonGroup.class, spec -> spec.withId("visibility-phone"));
        assertThat(phoneVisibility.getValue()).isEqualTo(Visibility.CONTACTS);
        FieldInput.setValueAsUser(phoneVisibility, Visibility.ONLY_ME);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        expectNotifications("Ihr Profil wurde gespeichert.");
        OwnProfile saved = profiles.getOwnProfile();
        assertThat(saved.organisation()).isEqualTo("Neu & Co. KG");
        assertThat(saved.bio()).isEqualTo("<b>Hallo</b> Netzwerk");
        assertThat(saved.visibility()).containsEntry(ProfileField.PHONE, Visibility.ONLY_ME);
    }

    @Test
    void photo_upload_accepts_only_photos_of_at_most_five_megabytes_and_removal_asks_first() {
        Upload upload = _get(Upload.class, spec -> spec.withId("photo-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes()).contains("image/jpeg", "image/png", "image/webp");
        _assertNone(Button.class, spec -> spec.withId("photo-remove"));
    }

    @Test
    void bad_input_is_marked_at_the_field_nothing_is_saved_and_the_input_stays() {
        TextField website = _get(TextField.class, spec -> spec.withId("field-website"));
        TextField firstName = _get(TextField.class, spec -> spec.withId("field-firstName"));
        FieldInput.setValueAsUser(website, "javascript:alert(1)");
        FieldInput.setValueAsUser(firstName, " ");
        FieldInput.setValueAsUser(
                _get(TextField.class, spec -> spec.withId("field-organisation")), "Nicht gespeichert");

        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        expectNotifications("Bitte prüfen Sie die markierten Felder. Ihre Eingaben sind noch da.");
        assertThat(website.isInvalid()).isTrue();
        assertThat(website.getErrorMessage()).contains("https://");
        assertThat(firstName.isInvalid()).isTrue();
        assertThat(website.getValue()).isEqualTo("javascript:alert(1)");
        assertThat(profiles.getOwnProfile().organisation()).isEqualTo("Alt GmbH");
    }

    @Test
    void a_save_after_a_change_in_another_tab_is_refused_with_a_clear_message() {
        long current = profiles.getOwnProfile().version();
        profiles.updateOwnProfile(
                current, profile("Emma", "Editor").organisation("Anderer Tab").build());

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("field-organisation")), "Dieser Tab");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        expectNotifications(
                "Jemand anderes hat diese Daten gerade geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.");
        assertThat(profiles.getOwnProfile().organisation()).isEqualTo("Anderer Tab");
        assertThat(_get(TextField.class, spec -> spec.withId("field-organisation"))
                        .getValue())
                .isEqualTo("Dieser Tab");
    }
}
