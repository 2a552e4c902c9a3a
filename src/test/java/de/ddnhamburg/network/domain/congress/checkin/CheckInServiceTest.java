package de.ddnhamburg.network.domain.congress.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.congress.DeskCongress;
import de.ddnhamburg.network.domain.congress.DeskWorkshop;
import de.ddnhamburg.network.domain.congress.DoorScenario;
import de.ddnhamburg.network.domain.congress.DoorScenario.Door;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.member.AdminMemberFilter;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's rules: who is let in, every warning, the codes a scanner or a hand types, what the
 * desk may see, undo, the counter, and who may use the desk (and nothing else) when.
 */
@IntegrationTest
class CheckInServiceTest {

    private static final String DESK = "Eingang Nord";
    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    @Autowired
    CheckInService checkIns;

    @Autowired
    DoorScenario scenario;

    @Autowired
    TestMembers members;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CheckInLookup attendance;

    private Door door;

    @BeforeEach
    void doorsOpen() {
        clock.set(DoorScenario.DOORS_OPEN);
        door = scenario.build();
        SecurityTestSupport.signIn(members.checkIn());
    }

    @AfterEach
    void reset() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void a_confirmed_ticket_is_checked_in_at_the_desk_and_audited() {
        CheckInResult result =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(result.outcome().isWarning()).isFalse();
        CheckInStamp stamp = Objects.requireNonNull(result.checkIn());
        assertThat(stamp.at()).isEqualTo(DoorScenario.DOORS_OPEN);
        assertThat(stamp.desk()).isEqualTo(DESK);
        assertThat(Objects.requireNonNull(result.person()).displayName()).isEqualTo("Hanna Petersen");
        assertThat(result.count().checkedIn()).isOne();
        assertThat(audited("CONGRESS_CHECKED_IN", door.confirmed().registrationId()))
                .containsExactly(TestMembers.CHECK_IN + " desk " + DESK + " / Platz " + DESK);
        assertThat(jdbc.queryForObject(
                        "select checked_in_by from congress_check_in where registration_id = ?",
                        Long.class,
                        door.confirmed().registrationId()))
                .isEqualTo(members.checkIn().memberId());
    }

    @Test
    void a_standing_check_in_counts_as_attendance_for_the_certificates_and_an_undone_one_does_not() {
        long registrationId = door.confirmed().registrationId();
        assertThat(attendance.attended(registrationId)).isFalse();

        CheckInResult result =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);

        assertThat(attendance.attended(registrationId)).isTrue();
        assertThat(attendance.attendees(door.congressId())).containsExactly(registrationId);
        checkIns.undo(Objects.requireNonNull(result.checkIn()).id());
        assertThat(attendance.attended(registrationId)).isFalse();
        assertThat(attendance.attendees(door.congressId())).isEmpty();
    }

    @Test
    void the_second_scan_says_when_and_at_which_desk_and_checks_in_nobody_again() {
        checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);
        clock.advance(Duration.ofMinutes(3));

        CheckInResult second =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), "Platz 2");
        CheckInResult byName =
                checkIns.checkIn(door.congressId(), door.confirmed().registrationId(), "Platz 3");

        for (CheckInResult result : List.of(second, byName)) {
            assertThat(result.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
            assertThat(result.outcome().isWarning()).isTrue();
            CheckInStamp stamp = Objects.requireNonNull(result.checkIn());
            assertThat(stamp.at()).isEqualTo(DoorScenario.DOORS_OPEN);
            assertThat(stamp.desk()).isEqualTo(DESK);
            assertThat(result.count().checkedIn()).isOne();
        }
        assertThat(rows(door.confirmed().registrationId())).isOne();
    }

    @Test
    void cancelled_waiting_unconfirmed_and_unapproved_registrations_are_warned_about_and_not_checked_in() {
        assertThat(checkIns.checkInTicket(door.congressId(), door.cancelled().ticketCode(), DESK)
                        .outcome())
                .isEqualTo(CheckInOutcome.CANCELLED);
        assertThat(checkIns.checkInTicket(door.congressId(), door.waitlisted().ticketCode(), DESK)
                        .outcome())
                .isEqualTo(CheckInOutcome.WAITLISTED);
        assertThat(checkIns.checkInTicket(door.congressId(), door.unconfirmed().ticketCode(), DESK)
                        .outcome())
                .isEqualTo(CheckInOutcome.AWAITING_GUEST_CONFIRMATION);
        CheckInResult approval =
                checkIns.checkIn(door.congressId(), door.awaitingApproval().registrationId(), DESK);
        assertThat(approval.outcome()).isEqualTo(CheckInOutcome.AWAITING_APPROVAL);

        assertThat(approval.person()).isNotNull();
        assertThat(approval.checkIn()).isNull();
        assertThat(approval.count().checkedIn()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_check_in where congress_id = ?", Long.class, door.congressId()))
                .isZero();
    }

    @Test
    void a_ticket_of_another_congress_names_that_congress_but_not_its_holder() {
        CheckInResult result = checkIns.checkInTicket(
                door.congressId(), door.otherCongressGuest().ticketCode(), DESK);

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.OTHER_CONGRESS);
        assertThat(result.otherCongress()).isEqualTo(door.otherTitle());
        assertThat(result.person()).isNull();
        assertThat(rows(door.otherCongressGuest().registrationId())).isZero();
    }

    @Test
    void unknown_and_garbled_codes_are_warnings_never_errors() {
        assertThat(checkIns.checkInTicket(door.congressId(), "K7QX-4M2P-9HRT-B3WC", DESK)
                        .outcome())
                .isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        for (String garbled : List.of(
                "",
                "hallo",
                "K7QX-4M2P",
                "K7QX-4M2P-9HRT-B3W0",
                "'; drop table congress_check_in; --",
                "x".repeat(10_000),
                "\u0000\u0001K7QX")) {
            CheckInResult result = checkIns.checkInTicket(door.congressId(), garbled, DESK);
            assertThat(result.outcome()).as(garbled).isEqualTo(CheckInOutcome.UNREADABLE_CODE);
            assertThat(result.person()).isNull();
        }
    }

    @Test
    void codes_typed_by_hand_or_by_a_scanner_on_a_german_keyboard_are_read() {
        String code = door.confirmed().ticketCode();
        String byHand = " " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ";
        assertThat(checkIns.checkInTicket(door.congressId(), byHand, DESK).outcome())
                .isEqualTo(CheckInOutcome.CHECKED_IN);

        // A scanner set to a US layout on a German keyboard types ß for - and swaps Y and Z.
        String other = door.free().ticketCode();
        String germanLayout = other.replace('-', 'ß')
                .chars()
                .map(c -> c == 'Y' ? 'Z' : c == 'Z' ? 'Y' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(checkIns.checkInTicket(door.congressId(), germanLayout, DESK).outcome())
                .isEqualTo(CheckInOutcome.CHECKED_IN);
    }

    @Test
    void the_desk_sees_category_sessions_payment_and_a_needs_flag_but_no_address_mail_or_needs() {
        CheckInResult paid =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);
        CheckInResult free =
                checkIns.checkInTicket(door.congressId(), door.free().ticketCode(), DESK);

        var person = Objects.requireNonNull(paid.person());
        assertThat(person.organisation()).isEqualTo("Hafen Akademie");
        assertThat(person.categoryName()).isEqualTo("Nichtmitglied");
        assertThat(person.hasNeeds()).isTrue();
        assertThat(person.workshops())
                .extracting(DeskWorkshop::title, DeskWorkshop::room, DeskWorkshop::waiting)
                .containsExactly(tuple(door.workshopTitle(), door.workshopRoom(), false));
        // Placed without the registration's mails, the paid ticket has no invoice (with one,
        // InvoicePaymentLookupTest); a free one has nothing to pay.
        assertThat(paid.payment()).isEqualTo(PaymentState.NO_INVOICE);
        assertThat(free.payment()).isEqualTo(PaymentState.NOT_DUE);
        assertThat(Objects.requireNonNull(free.person()).hasNeeds()).isFalse();
        for (CheckInResult result : List.of(paid, free)) {
            assertThat(result.toString())
                    .doesNotContain("@example.org", "vegetarisch", "Adolphsplatz", "20457")
                    .doesNotContain(door.confirmed().ticketCode(), door.free().ticketCode());
        }
    }

    @Test
    void waiting_for_a_workshop_shows_the_second_choice_seat_and_the_line() {
        CheckInResult result = checkIns.checkInTicket(
                door.congressId(), door.waitingForWorkshop().ticketCode(), DESK);

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(Objects.requireNonNull(result.person()).workshops())
                .extracting(DeskWorkshop::title, DeskWorkshop::waiting)
                .containsExactly(tuple(door.workshopTitle(), false), tuple(door.fullWorkshopTitle(), true));
    }

    @Test
    void search_finds_people_of_this_congress_by_name_or_organisation_with_their_check_in() {
        checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);

        for (String query : List.of("peters", "Hanna Petersen", "petersen hanna", "hafen akad")) {
            List<DeskMatch> found = checkIns.search(door.congressId(), query);
            assertThat(found).as(query).hasSize(1);
            assertThat(found.getFirst().person().displayName()).isEqualTo("Hanna Petersen");
            assertThat(Objects.requireNonNull(found.getFirst().checkIn()).desk())
                    .isEqualTo(DESK);
        }
        // Everyone, also the cancelled, so that the desk can tell them; in order of last names.
        assertThat(checkIns.search(door.congressId(), "w")).isEmpty();
        assertThat(checkIns.search(door.congressId(), "Cordes")
                        .getFirst()
                        .person()
                        .status()
                        .name())
                .isEqualTo("CANCELLED");
        assertThat(checkIns.search(door.congressId(), "wa").stream()
                        .map(match -> match.person().lastName()))
                .containsExactly("Warnholz", "Warte");
        assertThat(checkIns.search(door.congressId(), "Jonas").getFirst().checkIn())
                .isNull();
        // Only this congress; wildcards are taken literally.
        assertThat(checkIns.search(door.congressId(), "Vorjahr")).isEmpty();
        assertThat(checkIns.search(door.congressId(), "%%")).isEmpty();
        assertThat(checkIns.search(door.congressId(), "__")).isEmpty();
    }

    @Test
    void a_registration_of_another_congress_cannot_be_checked_in_by_its_id() {
        assertThatThrownBy(() -> checkIns.checkIn(
                        door.congressId(), door.otherCongressGuest().registrationId(), DESK))
                .isInstanceOf(NotFoundException.class);
        assertThat(rows(door.otherCongressGuest().registrationId())).isZero();
    }

    @Test
    void a_desk_needs_a_name_of_up_to_forty_characters() {
        for (String bad : List.of("", "   ", "x".repeat(41), "Platz\n2")) {
            assertThatThrownBy(() -> checkIns.checkInTicket(
                            door.congressId(), door.confirmed().ticketCode(), bad))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("checkin.desk.invalid");
        }
        CheckInResult result =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), "  Platz 2  ");
        assertThat(Objects.requireNonNull(result.checkIn()).desk()).isEqualTo("Platz 2");
    }

    @Test
    void undo_within_the_window_lets_the_person_be_checked_in_again_and_is_audited() {
        CheckInResult first =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);
        long checkInId = Objects.requireNonNull(first.checkIn()).id();
        clock.advance(Duration.ofMinutes(4));

        CheckInResult undone = checkIns.undo(checkInId);

        assertThat(undone.outcome()).isEqualTo(CheckInOutcome.UNDONE);
        assertThat(undone.count().checkedIn()).isZero();
        assertThat(audited("CONGRESS_CHECK_IN_UNDONE", door.confirmed().registrationId()))
                .containsExactly(TestMembers.CHECK_IN + " desk " + DESK + " / Platz " + DESK);
        assertThatThrownBy(() -> checkIns.undo(checkInId))
                .isInstanceOf(DomainException.class)
                .hasMessage("checkin.undo.done");

        CheckInResult again =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), "Platz 2");
        assertThat(again.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(again.count().checkedIn()).isOne();
        // The undone check-in stays for the record.
        assertThat(rows(door.confirmed().registrationId())).isEqualTo(2);
    }

    @Test
    void undo_after_the_window_is_refused() {
        CheckInResult first =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() ->
                        checkIns.undo(Objects.requireNonNull(first.checkIn()).id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("checkin.undo.tooLate");
        assertThat(checkIns.count(door.congressId()).checkedIn()).isOne();
    }

    @Test
    void the_counter_counts_check_ins_against_confirmed_registrations() {
        // Confirmed: Petersen, Ehlers, Früh, Warnholz, Partner.
        assertThat(checkIns.count(door.congressId())).isEqualTo(new CheckInCount(0, 5));

        checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);
        checkIns.checkInTicket(door.congressId(), door.free().ticketCode(), DESK);
        checkIns.checkInTicket(door.congressId(), door.cancelled().ticketCode(), DESK);

        assertThat(checkIns.count(door.congressId())).isEqualTo(new CheckInCount(2, 5));
    }

    @Test
    void the_door_team_opens_the_desk_only_from_the_day_before_until_the_end_of_the_congress() {
        long congressId = door.congressId();
        clock.set(DoorScenario.DAY
                .atStartOfDay(HAMBURG)
                .toInstant()
                .minus(Duration.ofDays(1))
                .minusSeconds(1));
        assertThatThrownBy(() -> checkIns.congress(congressId))
                .isInstanceOf(DomainException.class)
                .hasMessage("checkin.notYet");
        assertThatThrownBy(() -> checkIns.search(congressId, "Petersen")).isInstanceOf(DomainException.class);
        assertThat(checkIns.congresses()).extracting(DeskCongress::id).doesNotContain(congressId);

        clock.advance(Duration.ofSeconds(1));
        assertThat(checkIns.congress(congressId).id()).isEqualTo(congressId);
        assertThat(checkIns.congresses()).extracting(DeskCongress::id).contains(congressId);

        clock.set(DoorScenario.DAY.plusDays(1).atStartOfDay(HAMBURG).toInstant());
        assertThatThrownBy(() ->
                        checkIns.checkInTicket(congressId, door.confirmed().ticketCode(), DESK))
                .isInstanceOf(DomainException.class)
                .hasMessage("checkin.closed");
        assertThat(checkIns.congresses()).extracting(DeskCongress::id).doesNotContain(congressId);

        // Admins prepare and correct at any time.
        SecurityTestSupport.signIn(members.admin());
        assertThat(checkIns.checkInTicket(congressId, door.confirmed().ticketCode(), DESK)
                        .outcome())
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(checkIns.congresses()).extracting(DeskCongress::id).contains(congressId, door.otherCongressId());
    }

    @Test
    void drafts_have_no_desk_and_archived_congresses_only_one_for_admins() {
        long draft = scenario.draft();
        assertThatThrownBy(() -> checkIns.congress(draft)).isInstanceOf(NotFoundException.class);
        scenario.setStatus(door.congressId(), CongressStatus.ARCHIVED);
        assertThatThrownBy(() -> checkIns.congress(door.congressId()))
                .isInstanceOf(DomainException.class)
                .hasMessage("checkin.closed");

        SecurityTestSupport.signIn(members.admin());
        assertThatThrownBy(() -> checkIns.congress(draft)).isInstanceOf(NotFoundException.class);
        assertThat(checkIns.congress(door.congressId()).status()).isEqualTo(CongressStatus.ARCHIVED);
    }

    @Test
    void a_member_cannot_check_in_search_count_or_undo() {
        CheckInResult result =
                checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), DESK);
        SecurityTestSupport.signIn(members.member());
        long congressId = door.congressId();

        assertThatThrownBy(() -> checkIns.checkInTicket(congressId, door.free().ticketCode(), DESK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.checkIn(congressId, door.free().registrationId(), DESK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.search(congressId, "Petersen")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.count(congressId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.congresses()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        checkIns.undo(Objects.requireNonNull(result.checkIn()).id()))
                .isInstanceOf(AccessDeniedException.class);
        SecurityTestSupport.signOut();
        assertThatThrownBy(() -> checkIns.count(congressId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    CongressApprovalService approvals;

    @Autowired
    CongressEditionService editions;

    @Autowired
    MemberAdministrationService memberAdministration;

    @Autowired
    AuditService audit;

    @Autowired
    MyCongressRegistrationService registrations;

    @Test
    void the_door_team_cannot_use_the_administration_nor_open_anyones_registration() {
        long congressId = door.congressId();
        assertThatThrownBy(() -> approvals.awaiting(congressId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editions.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        memberAdministration.findPage(new AdminMemberFilter(null, null, null), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.findPage(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        // The needs live only in the registration, which its owner and admins open, nobody else.
        assertThatThrownBy(() -> registrations.open(
                        RegistrationKey.member(door.confirmed().registrationId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Autowired
    CheckInPersonalData personalData;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_members_check_in_is_in_their_data_export_and_a_deleted_helper_is_forgotten() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        var participant =
                members.ensure("paul." + marker + "@example.org", "Paul", "Teilnehmer", java.util.Set.of(Roles.MEMBER));
        var helper = members.ensure(
                "hilde." + marker + "@example.org",
                "Hilde",
                "Helferin",
                java.util.Set.of(Roles.MEMBER, Roles.CHECK_IN));
        var paul = scenario.registerMember(door.congressId(), participant.memberId(), "Paul", "Teilnehmer");
        SecurityTestSupport.signIn(helper);
        checkIns.checkInTicket(door.congressId(), paul.ticketCode(), DESK);
        checkIns.checkInTicket(door.congressId(), door.free().ticketCode(), DESK);

        var own = personalData.export(new DataSubject(participant.memberId(), participant.email()));
        assertThat(own.attended())
                .extracting(CheckInPersonalData.Attended::congress, CheckInPersonalData.Attended::desk)
                .containsExactly(tuple(door.title(), DESK));
        assertThat(own.atTheDesk()).isEmpty();
        DataSubject helping = new DataSubject(helper.memberId(), helper.email());
        assertThat(personalData.export(helping).atTheDesk())
                .containsExactly(new CheckInPersonalData.AtTheDesk(door.title(), 2));

        // As the account deletion runs it: in the deleting transaction.
        new TransactionTemplate(transactions).executeWithoutResult(status -> personalData.erase(helping));

        assertThat(personalData.export(helping).atTheDesk()).isEmpty();
        assertThat(checkIns.count(door.congressId()).checkedIn())
                .as("the check-ins stay")
                .isEqualTo(2);
    }

    /** Who, then the details in English and in German. */
    private List<String> audited(String action, long registrationId) {
        return jdbc.query(
                "select actor, details from audit_entry where action = ? and target = ?",
                (row, number) -> row.getString(1) + " "
                        + AuditNote.text(row.getString(2), java.util.Locale.ENGLISH)
                                .orElseThrow() + " / "
                        + AuditNote.text(row.getString(2), java.util.Locale.GERMAN)
                                .orElseThrow(),
                action,
                "congress-registration:" + registrationId);
    }

    private long rows(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from congress_check_in where registration_id = ?", Long.class, registrationId));
    }
}
