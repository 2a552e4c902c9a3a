package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organisers' participant page: what organisers do there, and that nobody else gets in. */
class EventParticipantsViewTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private LoginAccount moderator;
    private LoginAccount anna;
    private LoginAccount ben;
    private long eventId;

    @BeforeEach
    void setUp() {
        moderator = Groups.member(testMembers, "Mona", "Moderatorin");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 1, null)
                        .withAudience(EventAudience.MEMBERS, groupId, Set.of(), false));
        anna = Groups.member(testMembers, "Anna", "Angemeldet");
        ben = Groups.member(testMembers, "Ben", "Wartend");
        Acting.run(anna, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        Acting.run(ben, () -> registrations.register(eventId, SeatKind.IN_PERSON));
    }

    @Test
    void a_moderator_of_the_organising_group_sees_both_lists_and_marks_attendance() {
        login(moderator);
        navigate("veranstaltungen/" + eventId);
        assertThat(_get(RouterLink.class, spec -> spec.withId("event-organise")).getHref())
                .isEqualTo("veranstaltungen/" + eventId + "/teilnehmende");
        navigate("veranstaltungen/" + eventId + "/teilnehmende");

        assertThat(currentView()).isInstanceOf(EventParticipantsView.class);
        Grid<?> confirmed = _get(Grid.class, spec -> spec.withId("participants-confirmed-in-person"));
        Grid<?> waiting = _get(Grid.class, spec -> spec.withId("participants-waiting-in-person"));
        assertThat(GridKt._size(confirmed)).isOne();
        assertThat(GridKt._size(waiting)).isOne();
        _get(Anchor.class, spec -> spec.withId("participants-export-csv"));
        _get(Anchor.class, spec -> spec.withId("participants-export-xlsx"));

        Checkbox present = (Checkbox) GridKt._getCellComponent(confirmed, 0, "attended");
        FieldInput.setValueAsUser(present, true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration where event_id = ? and member_id = ?"
                                + " and attended_at is not null",
                        Integer.class,
                        eventId,
                        anna.memberId()))
                .isOne();
    }

    @Test
    void a_member_a_participant_and_a_moderator_of_another_group_are_turned_away() {
        LoginAccount otherModerator = Groups.member(testMembers, "Olaf", "Fremd");
        Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, otherModerator);
        for (LoginAccount outsider : new LoginAccount[] {testMembers.member(), anna, otherModerator}) {
            login(outsider);
            navigate("veranstaltungen/" + eventId);
            _assertNone(RouterLink.class, spec -> spec.withId("event-organise"));
            navigate("veranstaltungen/" + eventId + "/teilnehmende");
            assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
            _assertNone(Grid.class);
        }
        loginAsAdmin();
        navigate("veranstaltungen/" + eventId + "/teilnehmende");
        assertThat(currentView()).isInstanceOf(EventParticipantsView.class);
    }

    @Test
    void cancelling_asks_first_and_the_waiting_member_moves_up() {
        login(moderator);
        navigate("veranstaltungen/" + eventId + "/teilnehmende");
        Grid<?> confirmed = _get(Grid.class, spec -> spec.withId("participants-confirmed-in-person"));
        _click((Button) GridKt._getCellComponent(confirmed, 0, "actions")
                .getChildren()
                .filter(Button.class::isInstance)
                .findFirst()
                .orElseThrow());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("participants-cancel-confirm")));

        assertThat(Acting.as(ben, () -> registrations.mine(eventId))
                        .orElseThrow()
                        .waitingPosition())
                .isNull();
        _get(Paragraph.class, spec -> spec.withId("participants-empty-waiting-in-person"));
    }

    @Test
    void moving_by_hand_at_a_full_event_adds_a_seat_only_after_asking() {
        login(moderator);
        navigate("veranstaltungen/" + eventId + "/teilnehmende");
        long benRegistration =
                Acting.as(ben, () -> registrations.mine(eventId)).orElseThrow().id();
        _click(moveButton(benRegistration));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("participants-add-seat-confirm")));

        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("participants-confirmed-in-person"))))
                .isEqualTo(2);
        _get(Paragraph.class, spec -> spec.withId("participants-empty-waiting-in-person"));
        assertThat(jdbc.queryForObject("select in_person_capacity from event where id = ?", Integer.class, eventId))
                .isEqualTo(2);
    }

    @Test
    void a_message_with_a_missing_subject_keeps_the_text_and_then_goes_out() {
        login(moderator);
        navigate("veranstaltungen/" + eventId + "/teilnehmende");
        _click(_get(Button.class, spec -> spec.withId("participants-message")));
        TextField subject = _get(TextField.class, spec -> spec.withId("message-subject"));
        TextArea text = _get(TextArea.class, spec -> spec.withId("message-text"));
        FieldInput.setValueAsUser(text, "Bitte bringen Sie Ihr Namensschild mit.");
        _click(_get(Button.class, spec -> spec.withId("message-send")));

        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Bitte geben Sie einen Betreff ein.");
        assertThat(text.getValue()).isEqualTo("Bitte bringen Sie Ihr Namensschild mit.");

        FieldInput.setValueAsUser(subject, "Namensschild");
        _click(_get(Button.class, spec -> spec.withId("message-send")));
        _assertNone(Dialog.class, spec -> spec.withId("participants-message-dialog"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ?",
                        Integer.class,
                        "event.message:" + eventId + ":%"))
                .isOne();
    }

    /** Buttons inside grid cells are reached through the cell, as Karibu renders them on demand. */
    private static Button moveButton(long registrationId) {
        Grid<?> waiting = _get(Grid.class, spec -> spec.withId("participants-waiting-in-person"));
        return (Button) GridKt._getCellComponent(waiting, 0, "actions")
                .getChildren()
                .filter(button -> button.getId().orElse("").equals("move-" + registrationId))
                .findFirst()
                .orElseThrow();
    }
}
