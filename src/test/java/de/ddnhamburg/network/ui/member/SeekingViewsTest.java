package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.OwnSeeking;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingDraft;
import de.ddnhamburg.network.domain.member.SeekingFilter;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.domain.member.SeekingService;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.ui.components.ItemsSelect;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Ich suche / Ich biete" on the own profile page, on another member's profile and in the directory. */
class SeekingViewsTest extends KaribuTest {

    @Autowired
    SeekingService seeking;

    String marker;
    LoginAccount owner;

    @BeforeEach
    void owner() {
        marker = TestMarkers.word("sv");
        owner = testMembers.withProfile(
                marker + ".owner@example.org",
                profile("Olivia", "Offer" + marker).build());
    }

    @Test
    void the_owner_adds_an_entry_and_chooses_who_sees_it_and_the_weekly_mail() {
        login(owner);
        navigate(ProfileEditView.class);

        select("seeking-direction", SeekingDirection.OFFER);
        select("seeking-kind", SeekingKind.MENTOR);
        FieldInput.setValueAsUser(text(), "Mentoring für den Wiedereinstieg");
        _click(_get(Button.class, spec -> spec.withId("seeking-save")));

        expectNotifications("Eintrag gespeichert.");
        assertThat(_get(Div.class, spec -> spec.withId("seeking-entries"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ich biete: Mentoring (als Mentorin oder Mentor)", "Mentoring für den Wiedereinstieg");
        assertThat(text().getValue()).as("the form is empty for the next entry").isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Visibility> visibility =
                _get(RadioButtonGroup.class, spec -> spec.withId("seeking-visibility"));
        FieldInput.setValueAsUser(visibility, Visibility.CONTACTS);
        FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("seeking-notify")), true);
        OwnSeeking mine = seeking.mine();
        assertThat(mine.visibility()).isEqualTo(Visibility.CONTACTS);
        assertThat(mine.notifyMatches()).isTrue();
        assertThat(mine.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(SeekingKind.MENTOR));
    }

    @Test
    void bad_input_is_marked_at_the_field_in_german_and_english_and_nothing_is_saved() {
        login(owner);
        navigate(ProfileEditView.class);
        FieldInput.setValueAsUser(text(), "   ");
        _click(_get(Button.class, spec -> spec.withId("seeking-save")));

        assertThat(text().isInvalid()).isTrue();
        assertThat(text().getErrorMessage()).isEqualTo("Bitte beschreiben Sie kurz, was Sie suchen oder bieten.");
        @SuppressWarnings("unchecked")
        Select<SeekingKind> kind = _get(Select.class, spec -> spec.withId("seeking-kind"));
        assertThat(kind.getErrorMessage()).isEqualTo("Bitte wählen Sie, worum es geht.");
        assertThat(seeking.mine().entries()).isEmpty();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ProfileEditView.class);
        _click(_get(Button.class, spec -> spec.withId("seeking-save")));
        assertThat(text().getErrorMessage()).isEqualTo("Please describe briefly what you are looking for or offer.");
    }

    @Test
    void deleting_an_entry_asks_first() {
        long id = Acting.as(
                        owner,
                        () -> seeking.add(new SeekingDraft(SeekingDirection.SEEK, SeekingKind.JOB, "Teilzeit", null)))
                .id();
        login(owner);
        navigate(ProfileEditView.class);

        _click(_get(Button.class, spec -> spec.withId("seeking-delete-" + id)));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("seeking-delete-confirm"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(seeking.mine().entries())
                .as("nothing deleted before the confirmation")
                .hasSize(1);

        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(seeking.mine().entries()).isEmpty();
        _assertNone(Div.class, spec -> spec.withId("seeking-entry-" + id));
    }

    @Test
    void another_member_sees_the_entries_on_the_profile_as_far_as_the_owner_allows() {
        Acting.run(
                owner,
                () -> seeking.add(new SeekingDraft(
                        SeekingDirection.OFFER, SeekingKind.SPEAKERS, "Vortrag über Netzwerken", null)));
        loginAsMember();
        navigate("mitglieder/" + owner.memberId());
        assertThat(_get(Section.class, spec -> spec.withId("profile-seeking"))
                        .getElement()
                        .getTextRecursively())
                .contains("Sucht / Bietet", "Bietet: mich als Referentin oder Referent", "Vortrag über Netzwerken");

        Acting.run(owner, () -> seeking.setVisibility(Visibility.CONTACTS));
        navigate("mitglieder/" + owner.memberId());
        _assertNone(Section.class, spec -> spec.withId("profile-seeking"));
    }

    @Test
    void the_directory_filters_by_an_entry_and_a_link_restores_the_filter() {
        Acting.run(
                owner,
                () -> seeking.add(
                        new SeekingDraft(SeekingDirection.OFFER, SeekingKind.CLIENTS, "Aufträge " + marker, null)));
        testMembers.withProfile(
                marker + ".other@example.org", profile("Otto", "Other" + marker).build());
        loginAsMember();
        navigate("mitglieder?suche=" + marker);
        assertThat(cards()).hasSize(2);

        @SuppressWarnings("unchecked")
        ItemsSelect<SeekingFilter> filter = _get(ItemsSelect.class, spec -> spec.withId("directory-seeking"));
        FieldInput.setValueAsUser(filter, new SeekingFilter(SeekingDirection.OFFER, SeekingKind.CLIENTS));
        assertThat(cards()).extracting(MemberCard::displayName).containsExactly("Olivia Offer" + marker);

        navigate("mitglieder?eintrag=biete-clients&suche=" + marker);
        assertThat(_get(ItemsSelect.class, spec -> spec.withId("directory-seeking"))
                        .getValue())
                .isEqualTo(new SeekingFilter(SeekingDirection.OFFER, SeekingKind.CLIENTS));
        assertThat(cards()).extracting(MemberCard::displayName).containsExactly("Olivia Offer" + marker);
    }

    private TextArea text() {
        return _get(TextArea.class, spec -> spec.withId("seeking-text"));
    }

    @SuppressWarnings("unchecked")
    private <T> void select(String id, T value) {
        FieldInput.setValueAsUser((Select<T>) _get(Select.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private List<MemberCard> cards() {
        return VirtualListsKt._findAll(_get(VirtualList.class, spec -> spec.withId("directory-results")));
    }
}
