package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.ProfileBuilder;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The organisers' tools: only for admins and the organising group's moderators, and all of it audited. */
@IntegrationTest
class EventOrganiserServiceTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventOrganiserService organiser;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    ContactRequestService contactRequests;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private LoginAccount moderator;
    private LoginAccount otherModerator;
    private LoginAccount member;

    @BeforeEach
    void setUp() {
        moderator = Groups.member(testMembers, "Mona", "Moderatorin");
        otherModerator = Groups.member(testMembers, "Olaf", "Fremdmoderator");
        member = Groups.member(testMembers, "Mia", "Mitglied");
        Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, otherModerator);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_member_and_a_moderator_of_another_group_may_not_use_the_organiser_tools() {
        long eventId = groupEvent(2);
        LoginAccount anna = registered(eventId, "Anna");
        long annaRegistration = registrationOf(anna, eventId);
        LoginAccount ben = registered(eventId, "Ben");
        LoginAccount cleo = registered(eventId, "Cleo");
        long cleoRegistration = registrationOf(cleo, eventId);
        OrganiserMessage message = new OrganiserMessage(UUID.randomUUID(), "Hallo", "Bis bald", false);

        for (LoginAccount outsider : List.of(member, otherModerator, ben)) {
            assertThatThrownBy(() -> Acting.as(outsider, () -> organiser.participants(eventId)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.as(outsider, () -> organiser.exportCsv(eventId, Locale.GERMAN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.as(outsider, () -> organiser.exportXlsx(eventId, Locale.GERMAN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.as(outsider, () -> organiser.message(eventId, message)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.as(outsider, () -> organiser.moveToSeat(cleoRegistration, true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.as(outsider, () -> organiser.markAttendance(annaRegistration, true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.as(outsider, () -> registrations.cancel(annaRegistration)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Acting.as(moderator, () -> organiser.participants(eventId)).rows())
                .hasSize(3);
        assertThat(Acting.as(testMembers.admin(), () -> organiser.participants(eventId))
                        .confirmed())
                .hasSize(2);
        assertThat(audited("EVENT_PARTICIPANTS_VIEWED", eventId)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select attended_at from event_registration where id = ?", Object.class, annaRegistration))
                .isNull();
    }

    @Test
    void a_draft_of_another_group_does_not_exist_for_its_outsiders() {
        long eventId = Acting.as(
                testMembers.admin(),
                () -> events.create(Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.MEMBERS, moderatedGroup(), Set.of(), false)));
        assertThatThrownBy(() -> Acting.as(otherModerator, () -> organiser.participants(eventId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Acting.as(moderator, () -> organiser.participants(eventId)).rows())
                .isEmpty();
    }

    @Test
    void organisers_see_a_participants_address_only_where_its_visibility_allows_and_message_everyone_anyway() {
        long eventId = groupEvent(5);
        LoginAccount closed = registered(eventId, "Clara");
        LoginAccount open = testMembers.withProfile(
                Contacts.uniqueEmail("otto"),
                ProfileBuilder.profile("Otto", "Offen")
                        .visible(ProfileField.EMAIL, Visibility.MEMBERS)
                        .build());
        Acting.run(open, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        LoginAccount contact = registered(eventId, "Konrad");
        long request = Acting.as(contact, () -> contactRequests.send(moderator.memberId(), Contacts.firstContact()))
                .id();
        Acting.run(moderator, () -> contactRequests.accept(request));

        ParticipantList byModerator = Acting.as(moderator, () -> organiser.participants(eventId));
        assertThat(emailOf(byModerator, closed)).isNull();
        assertThat(emailOf(byModerator, open)).isEqualTo(open.email());
        assertThat(emailOf(byModerator, contact)).isEqualTo(contact.email());
        ParticipantList byAdmin = Acting.as(testMembers.admin(), () -> organiser.participants(eventId));
        assertThat(emailOf(byAdmin, closed)).isNull();
        assertThat(emailOf(byAdmin, contact)).isNull();
        String csv = new String(
                Acting.as(moderator, () -> organiser.exportCsv(eventId, Locale.GERMAN)), StandardCharsets.UTF_8);
        assertThat(csv).contains(open.email()).doesNotContain(closed.email());

        int mailed = Acting.as(
                moderator,
                () -> organiser.message(eventId, new OrganiserMessage(UUID.randomUUID(), "Hinweis", "Text", false)));
        assertThat(mailed).isEqualTo(3);
    }

    private static @Nullable String emailOf(ParticipantList list, LoginAccount account) {
        return list.rows().stream()
                .filter(row -> Objects.equals(row.memberId(), account.memberId()))
                .findFirst()
                .orElseThrow()
                .email();
    }

    @Test
    void the_list_shows_seat_kind_status_position_and_time_of_registering() {
        long eventId = groupEvent(1);
        LoginAccount anna = testMembers.withProfile(
                Contacts.uniqueEmail("anna"),
                ProfileBuilder.profile("Anna", "Tester")
                        .visible(ProfileField.EMAIL, Visibility.MEMBERS)
                        .build());
        Acting.run(anna, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        clock.advance(Duration.ofMinutes(1));
        LoginAccount ben = registered(eventId, "Ben");
        clock.advance(Duration.ofMinutes(1));
        registered(eventId, "Cleo");

        ParticipantList list = Acting.as(moderator, () -> organiser.participants(eventId));

        assertThat(list.confirmed()).singleElement().satisfies(row -> {
            assertThat(row.memberId()).isEqualTo(anna.memberId());
            assertThat(row.email()).isEqualTo(anna.email());
            assertThat(row.guest()).isFalse();
            assertThat(row.seatKind()).isEqualTo(SeatKind.IN_PERSON);
        });
        assertThat(list.waiting()).extracting(ParticipantRow::waitingPosition).containsExactly(1, 2);
        assertThat(list.waiting().getFirst().memberId()).isEqualTo(ben.memberId());
        assertThat(list.waiting().getFirst().registeredAt())
                .isAfter(list.confirmed().getFirst().registeredAt());
    }

    @Test
    void moving_by_hand_never_exceeds_the_capacity_and_keeps_the_waiting_list_without_gaps() {
        long eventId = groupEvent(1);
        LoginAccount anna = registered(eventId, "Anna");
        LoginAccount ben = registered(eventId, "Ben");
        LoginAccount cleo = registered(eventId, "Cleo");
        LoginAccount dora = registered(eventId, "Dora");
        long cleoRegistration = registrationOf(cleo, eventId);

        assertThatThrownBy(() -> Acting.as(moderator, () -> organiser.moveToSeat(cleoRegistration, false)))
                .hasMessage("event.organiser.noFreeSeat");
        assertThatThrownBy(() -> Acting.as(moderator, () -> organiser.moveToSeat(registrationOf(anna, eventId), true)))
                .hasMessage("event.organiser.notWaiting");

        // All seats are taken: the organiser explicitly adds one for Cleo, out of turn.
        ParticipantRow moved = Acting.as(moderator, () -> organiser.moveToSeat(cleoRegistration, true));

        assertThat(moved.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(position(ben, eventId)).isEqualTo(1);
        assertThat(position(dora, eventId)).isEqualTo(2);
        assertThat(seats(eventId)).containsExactly(2, 2);

        // A seat freed behind the service's back (never by the service itself) is taken without adding one.
        jdbc.update("update event set in_person_capacity = 3 where id = ?", eventId);
        Acting.as(moderator, () -> organiser.moveToSeat(registrationOf(dora, eventId), false));
        assertThat(position(ben, eventId)).isEqualTo(1);
        assertThat(seats(eventId)).containsExactly(3, 3);
        assertThatThrownBy(() -> Acting.as(moderator, () -> organiser.moveToSeat(registrationOf(ben, eventId), false)))
                .hasMessage("event.organiser.noFreeSeat");

        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ?",
                        Integer.class,
                        "event.promoted:" + cleoRegistration + ":%"))
                .isOne();
        assertThat(audited("EVENT_REGISTRATION_MOVED", eventId)).isEqualTo(2);
        String movedNote = jdbc.queryForObject(
                "select details from audit_entry where action = 'EVENT_REGISTRATION_MOVED'"
                        + " and target = ? order by id fetch first 1 rows only",
                String.class,
                "event:" + eventId);
        assertThat(AuditNote.text(movedNote, java.util.Locale.ENGLISH))
                .hasValueSatisfying(text -> assertThat(text).endsWith("with an added seat, capacity 1 → 2"));
        assertThat(AuditNote.text(movedNote, java.util.Locale.GERMAN))
                .hasValueSatisfying(text -> assertThat(text).endsWith("mit einem zusätzlichen Platz: Kapazität 1 → 2"));
    }

    /** Capacity and taken seats in person, as the event row holds them. */
    private List<Integer> seats(long eventId) {
        return jdbc.queryForObject(
                "select in_person_capacity, in_person_taken from event where id = ?",
                (rs, n) -> List.of(rs.getInt(1), rs.getInt(2)),
                eventId);
    }

    @Test
    void attendance_is_stored_with_its_time_and_only_for_confirmed_participants() {
        long eventId = groupEvent(1);
        LoginAccount anna = registered(eventId, "Anna");
        LoginAccount ben = registered(eventId, "Ben");
        clock.advance(Duration.ofDays(7));

        ParticipantRow present =
                Acting.as(moderator, () -> organiser.markAttendance(registrationOf(anna, eventId), true));
        assertThat(present.attendedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() ->
                        Acting.as(moderator, () -> organiser.markAttendance(registrationOf(ben, eventId), true)))
                .hasMessage("event.organiser.notConfirmed");
        assertThat(Acting.as(moderator, () -> organiser.markAttendance(registrationOf(anna, eventId), false))
                        .attendedAt())
                .isNull();
        assertThat(audited("EVENT_ATTENDANCE_MARKED", eventId)).isEqualTo(2);
    }

    @Test
    void a_message_reaches_every_confirmed_participant_once_and_the_waiting_list_on_request() {
        long eventId = groupEvent(1);
        LoginAccount anna = registered(eventId, "Anna");
        LoginAccount ben = registered(eventId, "Ben");
        UUID first = UUID.randomUUID();

        assertThatThrownBy(() -> Acting.as(
                        moderator, () -> organiser.message(eventId, new OrganiserMessage(first, " ", "Text", false))))
                .hasMessage("event.message.subjectRequired");
        assertThatThrownBy(() -> Acting.as(
                        moderator,
                        () -> organiser.message(
                                eventId,
                                new OrganiserMessage(
                                        first, "Betreff", "x".repeat(OrganiserMessage.TEXT_MAX + 1), false))))
                .hasMessage("event.message.textTooLong");
        assertThat(Acting.as(
                        moderator,
                        () -> organiser.message(
                                eventId,
                                new OrganiserMessage(first, "Raumänderung", "Wir treffen uns in Raum 2.", false))))
                .isOne();
        // A double submit of the same message mails nobody again.
        assertThat(Acting.as(
                        moderator,
                        () -> organiser.message(
                                eventId,
                                new OrganiserMessage(first, "Raumänderung", "Wir treffen uns in Raum 2.", false))))
                .isZero();
        assertThat(Acting.as(
                        testMembers.admin(),
                        () -> organiser.message(
                                eventId,
                                new OrganiserMessage(UUID.randomUUID(), "Nachtrag", "Auch für die Warteliste.", true))))
                .isEqualTo(2);

        List<@Nullable String> annaMail = jdbc.queryForList(
                "select subject from outbox_mail where fact_key = ?",
                String.class,
                "event.message:" + eventId + ":" + first + ":" + anna.memberId());
        assertThat(annaMail).singleElement().asString().endsWith(": Raumänderung");
        assertThat(jdbc.queryForObject(
                        "select body from outbox_mail where fact_key = ?",
                        String.class,
                        "event.message:" + eventId + ":" + first + ":" + anna.memberId()))
                .contains("Wir treffen uns in Raum 2.", "Mona Moderatorin");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key = ?",
                        Integer.class,
                        "event.message:" + eventId + ":" + first + ":" + ben.memberId()))
                .isZero();
        assertThat(audited("EVENT_PARTICIPANTS_MESSAGED", eventId)).isEqualTo(3);
    }

    @Test
    void a_moderator_cancels_a_registration_of_their_groups_event_and_the_next_gets_the_seat() {
        long eventId = groupEvent(1);
        LoginAccount anna = registered(eventId, "Anna");
        LoginAccount ben = registered(eventId, "Ben");

        Acting.run(moderator, () -> registrations.cancel(registrationOf(anna, eventId)));

        assertThat(Acting.as(ben, () -> registrations.mine(eventId))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(audited("EVENT_REGISTRATION_CANCELLED", eventId)).isOne();
    }

    @Test
    void the_csv_export_is_for_german_excel_and_neutralises_formulas() {
        long eventId = groupEvent(5);
        LoginAccount evil = registered(eventId, "=HYPERLINK(\"https://evil.example.org\";\"klick\")");
        registered(eventId, "-Minus");

        byte[] csv = Acting.as(moderator, () -> organiser.exportCsv(eventId, Locale.GERMAN));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).startsWith("Name;E-Mail;Organisation;Gast;Teilnahme;Status;Wartelistenplatz");
        assertThat(text)
                // The address stays empty: by default members show it to their contacts only.
                .contains("\"'=HYPERLINK(\"\"https://evil.example.org\"\";\"\"klick\"\") Tester\";;")
                .doesNotContain(evil.email())
                .contains("'-Minus Tester;")
                .doesNotContain(";=", ";-Minus", ";+", ";@");
        assertThat(text).contains("\r\n");
        assertThat(audited("EVENT_PARTICIPANTS_EXPORTED", eventId)).isOne();
    }

    @Test
    void the_xlsx_export_reads_back_with_every_name_as_text() throws Exception {
        long eventId = groupEvent(1);
        registered(eventId, "=HYPERLINK(\"https://evil.example.org\")");
        registered(eventId, "Ben");

        byte[] xlsx = Acting.as(testMembers.admin(), () -> organiser.exportXlsx(eventId, Locale.ENGLISH));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Participants");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"https://evil.example.org\") Tester");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("waiting list");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(audited("EVENT_PARTICIPANTS_EXPORTED", eventId)).isOne();
    }

    private long moderatedGroup() {
        return Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
    }

    /** An event for all members that the moderator's group organises, with that many seats in person. */
    private long groupEvent(int seats) {
        return Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, seats, null)
                        .withAudience(EventAudience.MEMBERS, moderatedGroup(), Set.of(), false));
    }

    private LoginAccount registered(long eventId, String firstName) {
        LoginAccount account =
                testMembers.ensure(Contacts.uniqueEmail("p"), firstName, "Tester", Set.of(Roles.MEMBER), Set.of());
        Acting.run(account, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        return account;
    }

    private long registrationOf(LoginAccount account, long eventId) {
        return Acting.as(account, () -> registrations.mine(eventId))
                .orElseThrow()
                .id();
    }

    private @Nullable Integer position(LoginAccount account, long eventId) {
        return Acting.as(account, () -> registrations.mine(eventId))
                .orElseThrow()
                .waitingPosition();
    }

    private int audited(String action, long eventId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target = ?",
                Integer.class,
                action,
                "event:" + eventId));
    }
}
