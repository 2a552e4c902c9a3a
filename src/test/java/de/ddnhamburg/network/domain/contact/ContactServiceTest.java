package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The rules of contact requests, enforced by the service whatever a view offers. */
@IntegrationTest
class ContactServiceTest {

    static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactService contacts;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void a_request_waits_for_the_recipient_and_shows_on_both_sides() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        ContactRequestView sent = as(anna, () -> contacts.send(bert.memberId(), firstContact()));

        assertThat(sent.status()).isEqualTo(ContactRequestStatus.OPEN);
        assertThat(sent.memberId()).isEqualTo(bert.memberId());
        assertThat(sent.message()).isEqualTo(firstContact());
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE)))
                .extracting(ContactRequestView::id)
                .containsExactly(sent.id());
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())))
                .isEqualTo(new ContactState(ContactStatus.REQUEST_SENT, sent.id()));
        List<ContactRequestView> received = as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE));
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.id()).isEqualTo(sent.id());
            assertThat(request.memberId()).isEqualTo(anna.memberId());
            assertThat(request.displayName()).isEqualTo("Anna Tester");
        });
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isEqualTo(1);
        assertThat(as(bert, () -> contacts.stateWith(anna.memberId())))
                .isEqualTo(new ContactState(ContactStatus.REQUEST_RECEIVED, sent.id()));
    }

    @Test
    void every_part_of_the_message_is_required_and_limited_and_nothing_is_stored_on_errors() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        assertThatThrownBy(() -> as(
                        anna,
                        () -> contacts.send(
                                bert.memberId(),
                                new FirstContactMessage("  ", "x".repeat(ContactRules.WHY_I_WRITE_MAX + 1), "\n"))))
                .isInstanceOfSatisfying(
                        FirstContactValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("whoIAm", "contact.validation.required")
                                .containsEntry("whyIWrite", "contact.validation.tooLong")
                                .containsEntry("nextStep", "contact.validation.required"));
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();
    }

    @Test
    void the_message_is_stored_without_surrounding_space_and_with_plain_line_breaks() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        ContactRequestView sent = as(
                anna,
                () -> contacts.send(
                        bert.memberId(),
                        new FirstContactMessage("  Ich bin Anna.\r\nAus Altona. ", "Führung", " Telefon? ")));

        assertThat(sent.message())
                .isEqualTo(new FirstContactMessage("Ich bin Anna.\nAus Altona.", "Führung", "Telefon?"));
    }

    @Test
    void nobody_can_ask_themselves_or_a_member_they_cannot_see() {
        LoginAccount anna = member("anna");
        LoginAccount hidden = testMembers.withProfile(
                uniqueEmail("hidden"),
                profile("Hanna", "Hidden").hiddenFromDirectory().build());

        assertThatThrownBy(() -> as(anna, () -> contacts.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.self"));
        assertThatThrownBy(() -> as(anna, () -> contacts.send(hidden.memberId(), firstContact())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(anna, () -> contacts.send(Long.MAX_VALUE, firstContact())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void sending_twice_gives_the_first_request_back() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        ContactRequestView first = as(anna, () -> contacts.send(bert.memberId(), firstContact()));
        ContactRequestView second = as(
                anna,
                () -> contacts.send(bert.memberId(), new FirstContactMessage("Noch einmal", "anders", "formuliert")));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.message()).isEqualTo(firstContact());
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isEqualTo(1);
    }

    @Test
    void an_open_request_the_other_way_is_pointed_out_instead_of_a_second_one() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        as(anna, () -> contacts.send(bert.memberId(), firstContact()));

        assertThatThrownBy(() -> as(bert, () -> contacts.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.pendingFromThem"));
    }

    @Test
    void contacts_cannot_ask_again() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        connect(anna, bert);

        assertThatThrownBy(() -> as(bert, () -> contacts.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.alreadyContacts"));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.CONTACTS);
        assertThat(as(anna, () -> contacts.areContacts(anna.memberId(), bert.memberId())))
                .isTrue();
        assertThat(as(bert, () -> contacts.areContacts(anna.memberId(), bert.memberId())))
                .isTrue();
    }

    @Test
    void only_the_recipient_answers_and_only_the_sender_withdraws() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount eve = member("eve");
        long id = as(anna, () -> contacts.send(bert.memberId(), firstContact())).id();

        for (Consumer<Long> answer : List.<Consumer<Long>>of(contacts::accept, contacts::decline, contacts::ignore)) {
            assertThatThrownBy(() -> run(anna, () -> answer.accept(id))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(eve, () -> answer.accept(id))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> run(bert, () -> contacts.withdraw(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(eve, () -> contacts.withdraw(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(eve, () -> contacts.accept(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE)))
                .extracting(ContactRequestView::id)
                .containsExactly(id);
        assertThat(as(anna, () -> contacts.areContacts(anna.memberId(), bert.memberId())))
                .isFalse();
    }

    @Test
    void nobody_learns_about_other_members_contacts_and_guests_get_nothing() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount eve = member("eve");
        connect(anna, bert);

        assertThatThrownBy(() -> as(eve, () -> contacts.areContacts(anna.memberId(), bert.memberId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.openRequestsForMe(FIRST_PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> contacts.send(bert.memberId(), firstContact()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void accepting_makes_contacts_on_both_sides_and_twice_changes_nothing() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> contacts.send(bert.memberId(), firstContact())).id();

        run(bert, () -> contacts.accept(id));
        run(bert, () -> contacts.accept(id));

        assertThat(as(anna, () -> contacts.myContacts(FIRST_PAGE, Locale.GERMAN)))
                .extracting(entry -> entry.profile().id())
                .containsExactly(bert.memberId());
        assertThat(as(bert, () -> contacts.myContacts(FIRST_PAGE, Locale.GERMAN)))
                .extracting(entry -> entry.profile().id())
                .containsExactly(anna.memberId());
        assertThat(as(bert, () -> contacts.countMyContacts())).isEqualTo(1);
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();
        assertThat(as(anna, () -> contacts.countMySentRequests())).isZero();
        assertThatThrownBy(() -> run(bert, () -> contacts.decline(id)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notOpen"));
        assertThatThrownBy(() -> run(anna, () -> contacts.withdraw(id)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notOpen"));
    }

    @Test
    void a_declined_request_closes_and_the_sender_may_ask_again_later() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> contacts.send(bert.memberId(), firstContact())).id();

        run(bert, () -> contacts.decline(id));
        run(bert, () -> contacts.decline(id));

        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE))).isEmpty();
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.NONE);
        assertThat(as(anna, () -> contacts.send(bert.memberId(), firstContact()))
                        .id())
                .isNotEqualTo(id);
    }

    @Test
    void an_ignored_request_leaves_the_recipients_list_but_still_waits_as_far_as_the_sender_knows() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> contacts.send(bert.memberId(), firstContact())).id();

        run(bert, () -> contacts.ignore(id));

        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE))).isEmpty();
        assertThat(as(bert, () -> contacts.stateWith(anna.memberId())).status()).isEqualTo(ContactStatus.NONE);
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE)))
                .singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(ContactRequestStatus.OPEN));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.REQUEST_SENT);
        // No nagging: asking again gives the same, ignored request back.
        assertThat(as(anna, () -> contacts.send(bert.memberId(), firstContact()))
                        .id())
                .isEqualTo(id);
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();

        run(anna, () -> contacts.withdraw(id));
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE))).isEmpty();
    }

    @Test
    void the_one_who_ignored_may_still_ask_and_acceptance_settles_both_requests() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long ignored =
                as(anna, () -> contacts.send(bert.memberId(), firstContact())).id();
        run(bert, () -> contacts.ignore(ignored));

        long reverse =
                as(bert, () -> contacts.send(anna.memberId(), firstContact())).id();
        run(anna, () -> contacts.accept(reverse));

        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE))).isEmpty();
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.CONTACTS);
    }

    @Test
    void a_withdrawn_request_is_gone_for_the_recipient_and_withdrawing_twice_changes_nothing() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> contacts.send(bert.memberId(), firstContact())).id();

        run(anna, () -> contacts.withdraw(id));
        run(anna, () -> contacts.withdraw(id));

        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE))).isEmpty();
        assertThatThrownBy(() -> run(bert, () -> contacts.accept(id)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notOpen"));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.NONE);
    }

    @Test
    void blocking_stops_requests_both_ways_ends_the_contact_and_closes_waiting_requests() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount carl = member("carl");
        connect(anna, bert);
        long fromCarl =
                as(carl, () -> contacts.send(anna.memberId(), firstContact())).id();

        run(anna, () -> contacts.block(bert.memberId()));
        run(anna, () -> contacts.block(bert.memberId()));
        run(anna, () -> contacts.block(carl.memberId()));

        assertThat(as(anna, () -> contacts.countMyContacts())).isZero();
        assertThat(as(bert, () -> contacts.countMyContacts())).isZero();
        assertThat(as(anna, () -> contacts.openRequestsForMe(FIRST_PAGE))).isEmpty();
        // Carl is not told: to him the request still waits.
        assertThat(as(carl, () -> contacts.mySentRequests(FIRST_PAGE)))
                .extracting(ContactRequestView::id)
                .containsExactly(fromCarl);
        assertThat(as(anna, () -> contacts.myBlocks(FIRST_PAGE)))
                .extracting(BlockedMember::memberId)
                .containsExactlyInAnyOrder(bert.memberId(), carl.memberId());
        assertThatThrownBy(() -> as(anna, () -> contacts.send(bert.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.blockedByYou"));
        assertThatThrownBy(() -> as(bert, () -> contacts.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notPossible"));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.BLOCKED_BY_ME);
        assertThat(as(bert, () -> contacts.stateWith(anna.memberId())).status()).isEqualTo(ContactStatus.UNAVAILABLE);

        run(anna, () -> contacts.unblock(bert.memberId()));
        run(anna, () -> contacts.unblock(bert.memberId()));

        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.NONE);
        assertThat(as(anna, () -> contacts.countMyBlocks())).isEqualTo(1);
        assertThat(as(bert, () -> contacts.send(anna.memberId(), firstContact()))
                        .status())
                .isEqualTo(ContactRequestStatus.OPEN);
    }

    @Test
    void blocking_needs_someone_one_can_see_or_has_dealt_with() {
        LoginAccount anna = member("anna");
        LoginAccount hidden = testMembers.withProfile(
                uniqueEmail("hidden"),
                profile("Hanna", "Hidden").hiddenFromDirectory().build());

        assertThatThrownBy(() -> run(anna, () -> contacts.block(hidden.memberId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(anna, () -> contacts.block(anna.memberId())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.block.self"));

        // A hidden member who asked is known to the one asked, who may block them.
        as(hidden, () -> contacts.send(anna.memberId(), firstContact()));
        run(anna, () -> contacts.block(hidden.memberId()));
        assertThat(as(anna, () -> contacts.stateWith(hidden.memberId())).status())
                .isEqualTo(ContactStatus.BLOCKED_BY_ME);
    }

    @Test
    void at_most_the_daily_limit_of_requests_per_rolling_day_also_counting_withdrawn_ones() {
        LoginAccount sender = member("busy");
        List<LoginAccount> recipients = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            recipients.add(member("recipient" + i));
        }
        for (int i = 0; i < 20; i++) {
            long recipient = recipients.get(i).memberId();
            long id = as(sender, () -> contacts.send(recipient, firstContact())).id();
            if (i % 2 == 0) {
                run(sender, () -> contacts.withdraw(id));
            }
            clock.advance(Duration.ofMinutes(30));
        }
        long last = recipients.get(20).memberId();

        assertThatThrownBy(() -> as(sender, () -> contacts.send(last, firstContact())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contact.request.dailyLimit");
                    assertThat(e.getArguments()).containsExactly(20);
                });
        // Sending the same request again is still answered: it is not a new one.
        assertThat(as(sender, () -> contacts.send(recipients.get(1).memberId(), firstContact()))
                        .status())
                .isEqualTo(ContactRequestStatus.OPEN);

        // The first request was sent 10 hours ago; a day after it, one place is free again.
        clock.advance(Duration.ofHours(14).plusMinutes(1));
        assertThat(as(sender, () -> contacts.send(last, firstContact())).status())
                .isEqualTo(ContactRequestStatus.OPEN);
    }

    private void connect(LoginAccount sender, LoginAccount recipient) {
        long id = as(sender, () -> contacts.send(recipient.memberId(), firstContact()))
                .id();
        run(recipient, () -> contacts.accept(id));
    }

    private LoginAccount member(String firstName) {
        String name = Character.toUpperCase(firstName.charAt(0)) + firstName.substring(1);
        return testMembers.withProfile(
                uniqueEmail(firstName), profile(name, "Tester").build());
    }

    static <T> T as(LoginAccount account, java.util.function.Supplier<T> action) {
        SecurityTestSupport.signIn(account);
        try {
            return action.get();
        } finally {
            SecurityTestSupport.signOut();
        }
    }

    static void run(LoginAccount account, Runnable action) {
        as(account, () -> {
            action.run();
            return null;
        });
    }
}
