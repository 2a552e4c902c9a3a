package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What admins do to registrations: each action, its rules, its mails and audit, and who may not. */
@IntegrationTest
@RecordApplicationEvents
class CongressRegistrationAdminServiceTest {

    @Autowired
    PlacementFixture fixture;

    @Autowired
    CongressRegistrationAdminService admin;

    @Autowired
    CongressRegistrationListService list;

    @Autowired
    CongressDashboardService dashboard;

    @Autowired
    CongressApprovalService approvals;

    @Autowired
    CongressSessionService sessionAdmin;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    private GuestMailbox mailbox;
    private long congress;
    private long open;
    private long slot;
    private long small;
    private long large;

    @BeforeEach
    void setUp() {
        mailbox = new GuestMailbox(jdbc);
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        congress = fixture.congress(100);
        open = fixture.category(congress, 50);
        slot = fixture.slot(congress, 1);
        small = fixture.workshop(congress, slot, 1);
        large = fixture.workshop(congress, slot, 20);
        SecurityTestSupport.signIn(testMembers.admin());
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void members_the_door_team_and_guests_may_neither_read_nor_change_registrations() {
        long id = register(open, large);
        List<ThrowingCallable> calls = List.of(
                () -> admin.changeCategory(id, open),
                () -> admin.changeWorkshop(id, new SessionPick(slot, small, null), IfWorkshopFull.ONE_OVER),
                () -> admin.moveUp(id, true),
                () -> admin.seatInWorkshop(id, slot, true),
                () -> admin.cancel(id, "Grund"),
                () -> admin.resendConfirmation(id),
                () -> admin.markPaid(id),
                () -> list.page(
                        congress, AdminRegistrationFilter.all(), org.springframework.data.domain.Pageable.ofSize(10)),
                () -> list.details(id),
                () -> list.options(congress),
                () -> dashboard.dashboard(congress));
        SecurityTestSupport.signIn(testMembers.member());
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        // The door team sees only what the desk needs; nothing here.
        SecurityTestSupport.signIn(testMembers.checkIn());
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        SecurityTestSupport.signOut();
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AuthenticationCredentialsNotFoundException.class));
        assertThat(fixture.status(id)).isEqualTo("CONFIRMED");
    }

    @Test
    void another_category_takes_its_place_and_the_old_place_goes_to_the_first_waiting_who_is_mailed() {
        long tight = fixture.category(congress, 1);
        long other = fixture.category(congress, 5);
        long moved = register(tight, large);
        long waiting = register(tight, large);
        assertThat(fixture.status(waiting)).isEqualTo("WAITLISTED");

        admin.changeCategory(moved, other);

        assertThat(categoryOf(moved)).isEqualTo(other);
        assertThat(fixture.status(moved)).isEqualTo("CONFIRMED");
        assertThat(fixture.status(waiting)).isEqualTo("CONFIRMED");
        assertThat(mailbox.last(email(moved)).subject()).contains("vom Kongressteam geändert");
        assertThat(mailbox.last(email(waiting)).subject()).contains("frei geworden");
        assertThat(events.stream(CongressCategoryChanged.class))
                .containsExactly(new CongressCategoryChanged(congress, moved, tight, other));
        assertThat(auditDetails(moved, "CONGRESS_REGISTRATION_CATEGORY_CHANGED"))
                .contains(" → ");
        fixture.assertInvariants(congress);
    }

    @Test
    void a_full_category_is_refused_and_nothing_moves() {
        long full = fixture.category(congress, 1);
        register(full, large);
        long id = register(open, large);

        assertThatThrownBy(() -> admin.changeCategory(id, full)).hasMessage("congress.desk.categoryFull");
        assertThatThrownBy(() -> admin.changeCategory(id, open)).hasMessage("congress.desk.sameCategory");

        assertThat(categoryOf(id)).isEqualTo(open);
        fixture.assertInvariants(congress);
    }

    @Test
    void a_full_workshop_asks_first_then_waits_or_goes_one_over_and_never_two() {
        long seated = register(open, small);
        long second = register(open, large);
        SessionPick toSmall = new SessionPick(slot, small, null);

        assertThatThrownBy(() -> admin.changeWorkshop(second, toSmall, IfWorkshopFull.REFUSE))
                .isInstanceOf(OverCapacityException.class)
                .hasMessage("congress.desk.full.workshop");
        assertThat(Objects.requireNonNull(fixture.choice(second, slot)).sessionId())
                .isEqualTo(large);

        admin.changeWorkshop(second, toSmall, IfWorkshopFull.WAIT);
        assertThat(Objects.requireNonNull(fixture.choice(second, slot)).status())
                .isEqualTo("WAITLISTED");
        assertThatThrownBy(() -> admin.seatInWorkshop(second, slot, false)).isInstanceOf(OverCapacityException.class);

        admin.seatInWorkshop(second, slot, true);

        assertThat(Objects.requireNonNull(fixture.choice(second, slot)).status())
                .isEqualTo("SEATED");
        assertThat(fixture.taken("congress_session", small)).isEqualTo(2);
        assertThat(overCapacity(small)).isOne();
        long third = register(open, large);
        assertThatThrownBy(() -> admin.changeWorkshop(third, toSmall, IfWorkshopFull.ONE_OVER))
                .hasMessage("congress.desk.oneOverAlready");
        assertThat(Objects.requireNonNull(fixture.choice(third, slot)).sessionId())
                .isEqualTo(large);
        assertThat(mailbox.last(email(second)).subject()).contains("vom Kongressteam geändert");
        assertThat(auditDetails(second, "CONGRESS_REGISTRATION_MOVED_UP")).contains("one over capacity");

        // The seat over the capacity is not passed on: a leaver brings the workshop back to its capacity.
        admin.changeWorkshop(third, toSmall, IfWorkshopFull.WAIT);
        admin.cancel(seated, "Doppelt angemeldet");
        assertThat(fixture.taken("congress_session", small)).isOne();
        assertThat(Objects.requireNonNull(fixture.choice(third, slot)).status()).isEqualTo("WAITLISTED");
        fixture.assertInvariants(congress);
    }

    @Test
    void a_workshop_one_over_can_still_be_edited_at_its_capacity_but_not_below_it() {
        register(open, small);
        long second = register(open, small);
        admin.seatInWorkshop(second, slot, true);
        CongressSession workshop = fixture.sessions.findById(small).orElseThrow();
        SessionDraft same = new SessionDraft(
                SessionType.WORKSHOP, "Kleiner Workshop", "", slot, workshop.getRoomId(), java.util.Set.of(), null, 1);

        sessionAdmin.update(small, same);

        assertThat(fixture.sessions.findById(small).orElseThrow().getTitle()).isEqualTo("Kleiner Workshop");
        SessionDraft none = new SessionDraft(
                SessionType.WORKSHOP, "Kleiner Workshop", "", slot, workshop.getRoomId(), java.util.Set.of(), null, 0);
        assertThatThrownBy(() -> sessionAdmin.update(small, none)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_waiting_registration_moves_up_out_of_turn_with_its_wishes_and_the_quota_is_raised_only_when_confirmed() {
        long tight = fixture.category(congress, 1);
        register(tight, large);
        long first = register(tight, large);
        long chosen = register(tight, large);

        assertThatThrownBy(() -> admin.moveUp(chosen, false))
                .isInstanceOf(OverCapacityException.class)
                .hasMessage("congress.desk.full.category");
        admin.moveUp(chosen, true);

        assertThat(fixture.status(chosen)).isEqualTo("CONFIRMED");
        assertThat(Objects.requireNonNull(fixture.choice(chosen, slot)).status())
                .isEqualTo("SEATED");
        assertThat(fixture.status(first)).isEqualTo("WAITLISTED");
        assertThat(fixture.position(first)).isOne();
        assertThat(jdbc.queryForObject("select quota from ticket_category where id = ?", Integer.class, tight))
                .isEqualTo(2);
        assertThat(mailbox.last(email(chosen)).subject()).contains("vom Kongressteam geändert");
        assertThatThrownBy(() -> admin.moveUp(chosen, true)).hasMessage("congress.desk.notWaiting");
        fixture.assertInvariants(congress);
    }

    @Test
    void nobody_moves_up_while_the_congress_is_full() {
        long full = fixture.congress(1);
        long category = fixture.category(full, 5);
        fixture.register(full, category, PlacementFixture.START.minus(Duration.ofDays(20)));
        long waiting = fixture.register(full, category, PlacementFixture.START.minus(Duration.ofDays(20)))
                .id();

        assertThatThrownBy(() -> admin.moveUp(waiting, true)).hasMessage("congress.desk.congressFull");
        assertThat(fixture.status(waiting)).isEqualTo("WAITLISTED");
    }

    @Test
    void cancelling_with_a_reason_promotes_the_next_in_line_in_order_and_mails_them() {
        long tight = fixture.category(congress, 2);
        long cancelled = register(tight, small);
        register(tight, large);
        long next = register(tight, small);
        long after = register(tight, large);

        assertThatThrownBy(() -> admin.cancel(cancelled, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problem(CongressDeskRules.REASON)).isPresent());
        admin.cancel(cancelled, "Doppelt angemeldet");

        assertThat(fixture.status(cancelled)).isEqualTo("CANCELLED");
        assertThat(fixture.status(next)).isEqualTo("CONFIRMED");
        assertThat(Objects.requireNonNull(fixture.choice(next, slot)).status()).isEqualTo("SEATED");
        assertThat(fixture.status(after)).isEqualTo("WAITLISTED");
        assertThat(fixture.position(after)).isOne();
        GuestMailbox.Mail cancellation = mailbox.last(email(cancelled));
        assertThat(cancellation.subject()).contains("storniert");
        assertThat(cancellation.body()).contains("Doppelt angemeldet");
        assertThat(mailbox.last(email(next)).subject()).contains("frei geworden");
        assertThat(mailbox.to(email(after))).isEmpty();
        assertThat(events.stream(CongressRegistrationCancelled.class))
                .containsExactly(new CongressRegistrationCancelled(congress, cancelled, "Doppelt angemeldet"));
        assertThat(auditDetails(cancelled, "CONGRESS_REGISTRATION_CANCELLED")).contains("Doppelt angemeldet");
        assertThatThrownBy(() -> admin.cancel(cancelled, "nochmal"))
                .hasMessage("congress.registration.cancelledAlready");
        fixture.assertInvariants(congress);
    }

    @Test
    void the_confirmation_is_sent_again_once_a_minute_and_an_unconfirmed_guest_gets_a_new_link() {
        long id = register(open, large);

        assertThat(admin.resendConfirmation(id)).isTrue();
        assertThat(admin.resendConfirmation(id)).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(admin.resendConfirmation(id)).isTrue();

        assertThat(mailbox.to(email(id)))
                .extracting(GuestMailbox.Mail::subject)
                .allMatch(subject -> subject.startsWith("Ihre Anmeldung"))
                .hasSize(2);
        long guest = fixture.register(
                        congress,
                        open,
                        List.of(),
                        Hold.until(clock.instant().plus(Duration.ofDays(1))),
                        clock.instant())
                .id();
        admin.resendConfirmation(guest);
        assertThat(mailbox.last(email(guest)).subject()).contains("bestätigen");
        admin.cancel(id, "Abgesagt");
        assertThatThrownBy(() -> admin.resendConfirmation(id)).hasMessage("congress.registration.cancelledAlready");
    }

    @Test
    void approving_and_declining_are_audited_on_the_registration_and_shown_in_its_history() {
        long reduced = fixture.category(congress, 5, true);
        long approved = fixture.register(congress, reduced, List.of(), Hold.awaitingApproval(), clock.instant())
                .id();
        long declined = fixture.register(congress, reduced, List.of(), Hold.awaitingApproval(), clock.instant())
                .id();

        approvals.approve(approved);
        approvals.reject(declined);

        AdminRegistrationDetails details = list.details(approved);
        assertThat(details.history())
                .extracting(RegistrationHistoryItem::action)
                .contains(de.ddnhamburg.network.domain.audit.AuditAction.CONGRESS_REGISTRATION_APPROVED);
        assertThat(details.history())
                .extracting(RegistrationHistoryItem::kind)
                .contains(RegistrationHistoryItem.Kind.REGISTERED, RegistrationHistoryItem.Kind.MAIL);
        assertThat(auditDetails(declined, "CONGRESS_REGISTRATION_REJECTED")).isNotNull();
        assertThat(fixture.status(declined)).isEqualTo("CANCELLED");
    }

    @Test
    void marking_paid_goes_to_the_invoices_and_refuses_a_free_ticket() {
        long id = register(open, large);

        assertThat(admin.canMarkPaid()).isTrue();
        // A ticket of a free category has nothing to pay.
        assertThatThrownBy(() -> admin.markPaid(id))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("congress.desk.nothingToPay");
    }

    private long register(long category, long session) {
        return fixture.register(congress, category, clock.instant(), new SessionWish(slot, session, null))
                .id();
    }

    private String email(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select email from congress_registration where id = ?", String.class, registrationId));
    }

    private long categoryOf(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select category_id from congress_registration where id = ?", Long.class, registrationId));
    }

    private int overCapacity(long sessionId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select over_capacity from congress_session where id = ?", Integer.class, sessionId));
    }

    /** The audit entry's details as an English-speaking admin reads them. */
    private String auditDetails(long registrationId, String action) {
        String stored = Objects.requireNonNull(jdbc.queryForObject(
                "select coalesce(details, '') from audit_entry where target = ? and action = ? order by id desc limit 1",
                String.class,
                CongressRegistrationAdminService.target(registrationId),
                action));
        return AuditNote.text(stored, java.util.Locale.ENGLISH).orElse(stored);
    }
}
