package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GroupChoice;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.EventDrafts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import de.ddnhamburg.network.ui.error.NotFoundView;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organiser's event form: what organisers can do, what the form refuses, and what others never see. */
class EventFormTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_member_without_moderation_sees_no_organiser_controls_and_cannot_open_the_form() {
        long published = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        long draft = Acting.as(
                testMembers.admin(), () -> events.create(Events.draft(clock, EventFormat.IN_PERSON, 5, null)));
        login(Groups.member(testMembers, "Nora", "Normal"));

        navigate(EventsView.class);
        _assertNone(Button.class, spec -> spec.withId("event-create"));
        _assertNone(RouterLink.class, spec -> spec.withId("event-draft-" + draft));
        navigate("veranstaltungen/" + published);
        _assertNone(Button.class, spec -> spec.withId("event-edit"));
        _assertNone(Button.class, spec -> spec.withId("event-duplicate"));
        navigate("veranstaltungen/neu");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        navigate("veranstaltungen/" + published + "/bearbeiten");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        navigate("veranstaltungen/" + draft + "/bearbeiten");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void bad_input_is_shown_at_its_field_and_nothing_is_saved_until_it_is_right() {
        loginAsAdmin();
        navigate(EventsView.class);
        _click(_get(Button.class, spec -> spec.withId("event-create")));
        assertThat(currentView()).isInstanceOf(EventCreateView.class);

        String title = TestMarkers.word("Formular ");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE)
                .plusDays(10)
                .truncatedTo(ChronoUnit.HOURS);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("event-form-title")), title);
        FieldInput.setValueAsUser(picker("starts"), start);
        FieldInput.setValueAsUser(picker("ends"), start.minusHours(1));
        FieldInput.setValueAsUser(capacity("inPersonCapacity"), -3);
        FieldInput.setValueAsUser(
                _get(TextField.class, spec -> spec.withId("event-form-onlineLink")),
                "http://meet.example.org/unsicher");
        _click(_get(Button.class, spec -> spec.withId("event-save")));

        assertThat(picker("ends").isInvalid()).isTrue();
        assertThat(picker("ends").getErrorMessage()).isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(capacity("inPersonCapacity").getErrorMessage())
                .startsWith("Die Zahl der Plätze muss zwischen 1 und");
        assertThat(_get(TextField.class, spec -> spec.withId("event-form-onlineLink"))
                        .getErrorMessage())
                .isEqualTo("Der Online-Link muss mit https:// beginnen.");
        assertThat(currentView()).isInstanceOf(EventCreateView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("event-form-title"))
                        .getValue())
                .isEqualTo(title);
        assertThat(count("select count(*) from event where title = ?", title)).isZero();

        FieldInput.setValueAsUser(picker("ends"), start.plusHours(2));
        FieldInput.setValueAsUser(capacity("inPersonCapacity"), 30);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("event-form-onlineLink")), "");
        _click(_get(Button.class, spec -> spec.withId("event-save")));

        assertThat(currentView()).isInstanceOf(EventEditView.class);
        assertThat(count("select count(*) from event where title = ? and status = 'DRAFT'", title))
                .isOne();
        assertThat(_get(Span.class, spec -> spec.withId("event-edit-status")).getText())
                .isEqualTo("Entwurf");
        _click(_get(Button.class, spec -> spec.withId("event-publish")));
        assertThat(_get(Span.class, spec -> spec.withId("event-edit-status")).getText())
                .isEqualTo("Veröffentlicht");
        _assertNone(Button.class, spec -> spec.withId("event-publish"));
        assertThat(count("select count(*) from event where title = ? and status = 'PUBLISHED'", title))
                .isOne();
    }

    @Test
    void guests_can_only_be_allowed_for_public_events() {
        loginAsAdmin();
        navigate("veranstaltungen/neu");
        Checkbox guests = _get(Checkbox.class, spec -> spec.withId("event-form-guests"));
        assertThat(guests.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EventAudience> audience =
                _get(RadioButtonGroup.class, spec -> spec.withId("event-form-audience"));
        FieldInput.setValueAsUser(audience, EventAudience.PUBLIC);
        assertThat(guests.isEnabled()).isTrue();
        FieldInput.setValueAsUser(guests, true);
        FieldInput.setValueAsUser(audience, EventAudience.MEMBERS);
        assertThat(guests.getValue()).isFalse();
        assertThat(guests.isEnabled()).isFalse();
    }

    @Test
    void a_moderator_chooses_only_their_groups_and_edits_and_copies_only_their_events() {
        LoginAccount moderator = Groups.member(testMembers, "Marta", "Moderatorin");
        long own = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long other = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long ownEvent = Events.published(
                testMembers, events, EventDrafts.ofGroup(Events.draft(clock, EventFormat.IN_PERSON, 5, null), own));
        long otherEvent = Events.published(
                testMembers, events, EventDrafts.ofGroup(Events.draft(clock, EventFormat.IN_PERSON, 5, null), other));
        login(moderator);

        navigate("veranstaltungen/neu");
        @SuppressWarnings("unchecked")
        ComboBox<GroupChoice> group = _get(ComboBox.class, spec -> spec.withId("event-form-group"));
        assertThat(group.getValue().id()).isEqualTo(own);
        assertThat(group.getListDataView().getItems().map(GroupChoice::id).toList())
                .containsExactly(own);

        navigate("veranstaltungen/" + otherEvent);
        _assertNone(Button.class, spec -> spec.withId("event-edit"));
        navigate("veranstaltungen/" + otherEvent + "/bearbeiten");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);

        navigate("veranstaltungen/" + ownEvent);
        _click(_get(Button.class, spec -> spec.withId("event-duplicate")));
        assertThat(currentView()).isInstanceOf(EventEditView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("event-form-title"))
                        .getValue())
                .endsWith(" (Kopie)");
        assertThat(_get(Span.class, spec -> spec.withId("event-edit-status")).getText())
                .isEqualTo("Entwurf");
        navigate(EventsView.class);
        _get(Button.class, spec -> spec.withId("event-create"));
        navigate("veranstaltungen/" + ownEvent);
        _click(_get(Button.class, spec -> spec.withId("event-edit")));
        assertThat(currentView()).isInstanceOf(EventEditView.class);
    }

    @Test
    void a_stale_form_says_so_and_keeps_what_was_typed() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 5, null);
        long id = Events.published(testMembers, events, draft);
        loginAsAdmin();
        navigate("veranstaltungen/" + id + "/bearbeiten");
        // Someone else saves first, in another session.
        long version = events.edit(id).version();
        events.update(id, version, EventDrafts.withDescription(draft, "Die andere Fassung."));

        FieldInput.setValueAsUser(
                _get(TextArea.class, spec -> spec.withId("event-form-description")), "Meine Fassung.");
        _click(_get(Button.class, spec -> spec.withId("event-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("event-form-error"))
                        .getText())
                .startsWith("Jemand anderes hat diese Veranstaltung inzwischen geändert.");
        assertThat(_get(TextArea.class, spec -> spec.withId("event-form-description"))
                        .getValue())
                .isEqualTo("Meine Fassung.");
    }

    @Test
    void a_capacity_below_the_taken_seats_is_refused_at_the_field() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 5, null);
        long id = Events.published(testMembers, events, draft);
        LoginAccount a = Groups.member(testMembers, "Erste", "Person");
        LoginAccount b = Groups.member(testMembers, "Zweite", "Person");
        Acting.run(a, () -> registrationsOf(id));
        Acting.run(b, () -> registrationsOf(id));
        loginAsAdmin();
        navigate("veranstaltungen/" + id + "/bearbeiten");

        FieldInput.setValueAsUser(capacity("inPersonCapacity"), 1);
        _click(_get(Button.class, spec -> spec.withId("event-save")));

        assertThat(capacity("inPersonCapacity").getErrorMessage())
                .isEqualTo("Vor Ort sind schon 2 Plätze vergeben; weniger Plätze sind nicht möglich.");
        assertThat(capacity("inPersonCapacity").getValue()).isEqualTo(1);
    }

    @Test
    void a_copy_made_on_the_edit_page_is_the_only_event_its_buttons_act_on() {
        long original = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        loginAsAdmin();
        navigate("veranstaltungen/" + original + "/bearbeiten");

        // The copy opens on the same route, so Vaadin keeps this page's instance.
        _click(_get(Button.class, spec -> spec.withId("event-duplicate")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long copy = Long.parseLong(path.split("/")[1]);
        assertThat(copy).isNotEqualTo(original);

        // One question (not one per visit of the page), about the copy; a copy is a draft, so
        // cancelling discards it and leaves the original as it was.
        _click(_get(Button.class, spec -> spec.withId("event-cancel-event")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("event-cancel-dialog"));
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(count("select count(*) from event where id = ?", copy)).isZero();
        assertThat(count("select count(*) from event where id = ? and status = 'PUBLISHED'", original))
                .isOne();
    }

    @Test
    void cancelling_asks_first_and_says_who_gets_a_mail() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        loginAsAdmin();
        navigate("veranstaltungen/" + id + "/bearbeiten");
        _click(_get(Button.class, spec -> spec.withId("event-cancel-event")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("event-cancel-dialog"));
        assertThat(dialog.getElement().getProperty("message")).contains("erhalten eine E-Mail");
        assertThat(count("select count(*) from event where id = ? and status = 'CANCELLED'", id))
                .isZero();

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(count("select count(*) from event where id = ? and status = 'CANCELLED'", id))
                .isOne();
        assertThat(_get(Span.class, spec -> spec.withId("event-edit-status")).getText())
                .isEqualTo("Abgesagt");
        _assertNone(Button.class, spec -> spec.withId("event-cancel-event"));
        _assertNone(Button.class, spec -> spec.withId("event-save"));
    }

    private void registrationsOf(long eventId) {
        context.getBean(de.ddnhamburg.network.domain.event.EventRegistrationService.class)
                .register(eventId, de.ddnhamburg.network.domain.event.SeatKind.IN_PERSON);
    }

    private static DateTimePicker picker(String name) {
        return _get(DateTimePicker.class, spec -> spec.withId("event-form-" + name));
    }

    private static IntegerField capacity(String name) {
        return _get(IntegerField.class, spec -> spec.withId("event-form-" + name));
    }

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
