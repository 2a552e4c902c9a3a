package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registration rules in the services, whatever a page offers. */
@IntegrationTest
class CongressRegistrationServiceTest {

    @Autowired
    PlacementFixture fixture;

    @Autowired
    RegistrationOptionsService options;

    @Autowired
    MemberCongressRegistrationService members;

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    MyCongressRegistrationService mine;

    @Autowired
    CongressApprovalService approvals;

    @Autowired
    CongressHoldExpiry expiry;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private GuestMailbox mailbox;
    private long congress;
    private long open;
    private long slot;
    private long small;
    private long large;

    @BeforeEach
    void setUp() {
        mailbox = new GuestMailbox(jdbc);
        SecurityTestSupport.signOut();
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        congress = fixture.congress(100);
        open = fixture.category(congress, 50);
        slot = fixture.slot(congress, 1);
        small = fixture.workshop(congress, slot, 1);
        large = fixture.workshop(congress, slot, 20);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_member_registers_once_and_a_second_submit_returns_the_same_registration() {
        LoginAccount member = signInNewMember("eins");

        RegistrationDetails first = members.register(request(open, null, null, small, null));
        RegistrationDetails second = members.register(request(open, null, null, large, null));

        assertThat(first.status()).isEqualTo(CongressRegistrationStatus.CONFIRMED);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.existing()).isTrue();
        assertThat(second.choices().getFirst().sessionId()).isEqualTo(small);
        assertThat(members.existing(congress)).contains(first.id());
        assertThat(mailbox.to(member.email())).hasSize(1);
        assertThat(mailbox.last(member.email()).subject()).contains("Ihre Anmeldung");
        assertThat(jdbc.queryForObject(
                        "select attachment_name from outbox_mail where recipient = ? order by id desc limit 1",
                        String.class,
                        member.email()))
                .isEqualTo("kongress-" + congress + ".ics");
        assertThat(jdbc.queryForObject(
                        "select a.file_name from outbox_mail_attachment a join outbox_mail m on m.id = a.mail_id"
                                + " where m.recipient = ?",
                        String.class,
                        member.email()))
                .isEqualTo("ticket-qr.png");
    }

    @Test
    void a_full_workshop_waits_with_position_and_the_second_choice_is_seated_meanwhile() {
        signInNewMember("zwei");
        members.register(request(open, null, null, small, null));
        signInNewMember("drei");

        RegistrationPreview preview =
                options.preview(congress, open, null, List.of(new SessionPick(slot, small, large)));
        RegistrationDetails waiting = members.register(request(open, null, null, small, large));

        assertThat(preview.picks().getFirst().seat()).isFalse();
        assertThat(preview.picks().getFirst().waitingPosition()).isEqualTo(1);
        assertThat(preview.picks().getFirst().secondChoiceSeat()).isTrue();
        ChoiceDetails choice = waiting.choices().getFirst();
        assertThat(choice.status()).isEqualTo(ChoiceStatus.WAITLISTED);
        assertThat(choice.waitingPosition()).isEqualTo(1);
        assertThat(choice.secondChoiceId()).isEqualTo(large);
        fixture.assertInvariants(congress);
    }

    @Test
    void a_member_changes_the_workshop_and_the_freed_seat_goes_to_the_first_waiting_who_is_mailed() {
        signInNewMember("vier");
        RegistrationDetails seated = members.register(request(open, null, null, small, null));
        LoginAccount waiter = signInNewMember("fuenf");
        members.register(request(open, null, null, small, large));
        signIn(seated.email());

        RegistrationDetails changed =
                mine.changeSession(RegistrationKey.member(seated.id()), new SessionPick(slot, large, null));

        assertThat(changed.choices().getFirst().sessionId()).isEqualTo(large);
        assertThat(mailbox.last(seated.email()).subject()).contains("geändert");
        assertThat(mailbox.last(waiter.email()).subject()).contains("frei geworden");
        fixture.assertInvariants(congress);
    }

    @Test
    void a_member_cannot_see_or_change_another_members_registration() {
        signInNewMember("sechs");
        RegistrationDetails theirs = members.register(request(open, null, null, large, null));
        signInNewMember("sieben");

        RegistrationKey key = RegistrationKey.member(theirs.id());
        assertThatThrownBy(() -> mine.open(key)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.cancel(key)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.changeSession(key, new SessionPick(slot, small, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.qrCode(key)).isInstanceOf(NotFoundException.class);
        assertThat(mine.mine()).isEmpty();
    }

    @Test
    void a_guest_confirms_by_the_mailed_link_and_the_manage_link_opens_only_that_registration() {
        String email = Contacts.uniqueEmail("gast");
        guests.register(guestRequest(email, open, null, large));
        String confirm =
                mailbox.last(email).token(de.ddnhamburg.network.domain.common.PublicLinks.CONGRESS_GUEST_CONFIRM);
        assertThat(fixture.status(idOf(email))).isEqualTo("UNCONFIRMED");

        RegistrationDetails confirmed = guestConfirmations.confirm(confirm);

        assertThat(confirmed.status()).isEqualTo(CongressRegistrationStatus.CONFIRMED);
        assertThat(confirmed.hasTicket()).isTrue();
        assertThatThrownBy(() -> guestConfirmations.confirm(confirm))
                .isInstanceOf(CongressLinkException.class)
                .extracting(e -> ((CongressLinkException) e).problem())
                .isEqualTo(CongressLinkProblem.USED);
        String manage =
                mailbox.last(email).token(de.ddnhamburg.network.domain.common.PublicLinks.CONGRESS_GUEST_REGISTRATION);
        assertThat(mine.open(RegistrationKey.guest(manage)).id()).isEqualTo(confirmed.id());
        assertThat(mine.qrCode(RegistrationKey.guest(manage))).startsWith((byte) 0x89, (byte) 'P', (byte) 'N');

        String other = Contacts.uniqueEmail("anderer");
        guests.register(guestRequest(other, open, null, large));
        String otherConfirm =
                mailbox.last(other).token(de.ddnhamburg.network.domain.common.PublicLinks.CONGRESS_GUEST_CONFIRM);
        assertThatThrownBy(() -> mine.open(RegistrationKey.guest(otherConfirm)))
                .as("a confirmation link is no manage link")
                .isInstanceOf(CongressLinkException.class);
        assertThat(mine.open(RegistrationKey.guest(manage)).email()).isEqualTo(email);
    }

    @Test
    void an_unconfirmed_guest_hold_expires_and_frees_the_seat() {
        String email = Contacts.uniqueEmail("saeumig");
        guests.register(guestRequest(email, open, null, small));
        assertThat(fixture.taken("congress_session", small)).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        expiry.expireHolds();

        assertThat(fixture.status(idOf(email))).isEqualTo("CANCELLED");
        assertThat(fixture.taken("congress_session", small)).isZero();
        fixture.assertInvariants(congress);
    }

    @Test
    void a_second_guest_submit_makes_no_second_registration_and_the_answer_is_the_same() {
        String email = Contacts.uniqueEmail("doppelt");
        guests.register(guestRequest(email, open, null, large));
        guests.register(guestRequest(email.toUpperCase(Locale.ROOT), open, null, large));

        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_registration where congress_id = ? and email = ?",
                        Integer.class,
                        congress,
                        email))
                .isEqualTo(1);
        assertThat(mailbox.to(email)).hasSize(2);
    }

    @Test
    void a_guest_registration_with_a_members_address_mails_the_member_and_registers_nobody() {
        LoginAccount member =
                testMembers.ensure(Contacts.uniqueEmail("mitglied"), "Maren", "Mitglied", Set.of("MEMBER"));

        guests.register(guestRequest(member.email(), open, null, large));

        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_registration where congress_id = ?", Integer.class, congress))
                .isZero();
        assertThat(mailbox.last(member.email()).body()).contains("Mitgliedskonto");
    }

    @Test
    void an_access_code_opens_only_its_own_category_and_members_only_categories_are_hidden_from_guests() {
        long speakers = codeCategory("Referent:in", "REF-2027");
        long partners = codeCategory("Partner", "PARTNER-2027");
        TicketCategory membersOnly = new TicketCategory(congress, "Nur Mitglieder", BigDecimal.ZERO, 0, 10);
        membersOnly.setEligibility(TicketEligibility.MEMBERS, null);
        long membersCategory = fixture.categories.saveAndFlush(membersOnly).id();

        assertThat(ids(options.options(congress, null))).containsExactly(open);
        assertThat(ids(options.options(congress, " ref-2027 "))).containsExactlyInAnyOrder(open, speakers);
        assertThat(ids(options.options(congress, "PARTNER-2027"))).containsExactlyInAnyOrder(open, partners);
        assertThat(options.codeOpensCategory(congress, "falsch")).isFalse();
        assertThatThrownBy(() ->
                        guests.register(guestRequest(Contacts.uniqueEmail("code"), speakers, "PARTNER-2027", large)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> guests.register(guestRequest(Contacts.uniqueEmail("nurm"), membersCategory, null, large)))
                .isInstanceOf(InvalidInputException.class);
        signInNewMember("acht");
        assertThat(ids(options.options(congress, null))).containsExactlyInAnyOrder(open, membersCategory);
    }

    @Test
    void needs_need_consent_paid_categories_need_a_billing_address_and_every_slot_a_pick() {
        TicketCategory paid = new TicketCategory(congress, "Nichtmitglied", new BigDecimal("89.00"), 19, 10);
        long paidId = fixture.categories.saveAndFlush(paid).id();
        signInNewMember("neun");
        RegistrationRequest base = request(paidId, null, null, large, null);
        RegistrationRequest wrong = new RegistrationRequest(
                congress,
                paidId,
                null,
                "Nina",
                "Neun",
                null,
                null,
                List.of(),
                new RegistrationAnswers("vegan", null, false, true, HeardFrom.NETWORK),
                BillingAddress.none(),
                false,
                Locale.GERMAN);

        assertThatThrownBy(() -> members.register(wrong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream().map(FieldProblem::field))
                                .contains(
                                        CongressRegistrationRules.HEALTH_CONSENT,
                                        CongressRegistrationRules.BILLING_STREET,
                                        CongressRegistrationRules.BILLING_POSTCODE,
                                        CongressRegistrationRules.BILLING_CITY,
                                        CongressRegistrationRules.CONSENT,
                                        CongressRegistrationRules.PICK + slot));
        assertThat(base.answers().dietaryNeeds()).isNull();
    }

    @Test
    void an_approval_category_awaits_an_admin_who_approves_and_the_person_is_mailed() {
        long reduced = fixture.category(congress, 10, true);
        LoginAccount member = signInNewMember("zehn");
        RegistrationDetails awaiting = members.register(request(reduced, null, null, large, null));
        assertThat(awaiting.status()).isEqualTo(CongressRegistrationStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> approvals.approve(awaiting.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        SecurityTestSupport.signIn(testMembers.admin());
        assertThat(approvals.awaiting(congress))
                .extracting(ApprovalItem::registrationId)
                .contains(awaiting.id());
        approvals.approve(awaiting.id());

        assertThat(fixture.status(awaiting.id())).isEqualTo("CONFIRMED");
        assertThat(mailbox.last(member.email()).subject()).contains("Ihre Anmeldung");
    }

    @Test
    void cancelling_before_the_deadline_frees_the_place_and_after_it_is_refused() {
        signInNewMember("elf");
        RegistrationDetails registered = members.register(request(open, null, null, small, null));

        clock.set(PlacementFixture.START.plusSeconds(1));
        assertThatThrownBy(() -> mine.cancel(RegistrationKey.member(registered.id())))
                .hasMessage("congress.registration.deadlinePassed");

        clock.set(PlacementFixture.START.minus(Duration.ofDays(1)));
        RegistrationDetails cancelled = mine.cancel(RegistrationKey.member(registered.id()));
        assertThat(cancelled.status()).isEqualTo(CongressRegistrationStatus.CANCELLED);
        assertThat(fixture.taken("congress_session", small)).isZero();
        fixture.assertInvariants(congress);
    }

    private long codeCategory(String name, String code) {
        TicketCategory category = new TicketCategory(congress, name, BigDecimal.ZERO, 0, 20);
        category.setEligibility(TicketEligibility.ACCESS_CODE, code);
        return fixture.categories.saveAndFlush(category).id();
    }

    private static List<Long> ids(RegistrationOptions offered) {
        return offered.categories().stream().map(CategoryOption::id).toList();
    }

    private long idOf(String email) {
        Long id = jdbc.queryForObject(
                "select id from congress_registration where congress_id = ? and email = ?",
                Long.class,
                congress,
                email);
        return java.util.Objects.requireNonNull(id);
    }

    private LoginAccount signInNewMember(String name) {
        LoginAccount account = testMembers.ensure(Contacts.uniqueEmail(name), "Mia", name, Set.of("MEMBER"));
        SecurityTestSupport.signIn(account);
        return account;
    }

    private void signIn(String email) {
        SecurityTestSupport.signIn(testMembers.ensure(email, "Mia", "x", Set.of("MEMBER")));
    }

    private RegistrationRequest request(
            long category, @Nullable String code, @Nullable String email, long session, @Nullable Long second) {
        return new RegistrationRequest(
                congress,
                category,
                code,
                "Mia",
                "Muster",
                email,
                "ddn",
                List.of(new SessionPick(slot, session, second)),
                RegistrationAnswers.none(),
                BillingAddress.none(),
                true,
                Locale.GERMAN);
    }

    private RegistrationRequest guestRequest(String email, long category, @Nullable String code, long session) {
        return request(category, code, email, session, null);
    }
}
