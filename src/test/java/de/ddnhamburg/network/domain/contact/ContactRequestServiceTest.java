package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The rules of contact requests, enforced by the service whatever a view offers. */
@IntegrationTest
class ContactRequestServiceTest extends ContactServiceTestBase {

    @Test
    void a_request_waits_for_the_recipient_and_shows_on_both_sides() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        ContactRequestItem sent = as(anna, () -> requests.send(bert.memberId(), firstContact()));

        assertThat(sent.status()).isEqualTo(ContactRequestStatus.OPEN);
        assertThat(sent.memberId()).isEqualTo(bert.memberId());
        assertThat(sent.message()).isEqualTo(firstContact());
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE)))
                .extracting(ContactRequestItem::id)
                .containsExactly(sent.id());
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())))
                .isEqualTo(new ContactState(ContactStatus.REQUEST_SENT, sent.id()));
        List<ContactRequestItem> received = as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE));
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
                        () -> requests.send(
                                bert.memberId(),
                                new FirstContactMessage("  ", "x".repeat(ContactRules.WHY_I_WRITE_MAX + 1), "\n"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .contains(
                                        tuple("whoIAm", "contact.validation.required"),
                                        tuple("whyIWrite", "contact.validation.tooLong"),
                                        tuple("nextStep", "contact.validation.required")));
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();
    }

    @Test
    void the_message_is_stored_without_surrounding_space_and_with_plain_line_breaks() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        ContactRequestItem sent = as(
                anna,
                () -> requests.send(
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

        assertThatThrownBy(() -> as(anna, () -> requests.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.self"));
        assertThatThrownBy(() -> as(anna, () -> requests.send(hidden.memberId(), firstContact())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(anna, () -> requests.send(Long.MAX_VALUE, firstContact())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void sending_twice_gives_the_first_request_back() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        ContactRequestItem first = as(anna, () -> requests.send(bert.memberId(), firstContact()));
        ContactRequestItem second = as(
                anna,
                () -> requests.send(bert.memberId(), new FirstContactMessage("Noch einmal", "anders", "formuliert")));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.message()).isEqualTo(firstContact());
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isEqualTo(1);
    }

    @Test
    void an_open_request_the_other_way_is_pointed_out_instead_of_a_second_one() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        as(anna, () -> requests.send(bert.memberId(), firstContact()));

        assertThatThrownBy(() -> as(bert, () -> requests.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.pendingFromThem"));
    }

    @Test
    void contacts_cannot_ask_again() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        connect(anna, bert);

        assertThatThrownBy(() -> as(bert, () -> requests.send(anna.memberId(), firstContact())))
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
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        for (Consumer<Long> answer : List.<Consumer<Long>>of(requests::accept, requests::decline, requests::ignore)) {
            assertThatThrownBy(() -> run(anna, () -> answer.accept(id))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(eve, () -> answer.accept(id))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> run(bert, () -> requests.withdraw(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(eve, () -> requests.withdraw(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(eve, () -> requests.accept(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE)))
                .extracting(ContactRequestItem::id)
                .containsExactly(id);
        assertThat(as(anna, () -> contacts.areContacts(anna.memberId(), bert.memberId())))
                .isFalse();
    }

    @Test
    void accepting_makes_contacts_on_both_sides_and_twice_changes_nothing() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        run(bert, () -> requests.accept(id));
        run(bert, () -> requests.accept(id));

        assertThat(as(anna, () -> contacts.myContacts(FIRST_PAGE, Locale.GERMAN)))
                .extracting(entry -> entry.profile().id())
                .containsExactly(bert.memberId());
        assertThat(as(bert, () -> contacts.myContacts(FIRST_PAGE, Locale.GERMAN)))
                .extracting(entry -> entry.profile().id())
                .containsExactly(anna.memberId());
        assertThat(as(bert, () -> contacts.countMyContacts())).isEqualTo(1);
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();
        assertThat(as(anna, () -> contacts.countMySentRequests())).isZero();
        assertThatThrownBy(() -> run(bert, () -> requests.decline(id)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notOpen"));
        assertThatThrownBy(() -> run(anna, () -> requests.withdraw(id)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notOpen"));
    }

    @Test
    void a_declined_request_closes_and_the_sender_may_ask_again_later() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        run(bert, () -> requests.decline(id));
        run(bert, () -> requests.decline(id));

        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE))).isEmpty();
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.NONE);
        assertThat(as(anna, () -> requests.send(bert.memberId(), firstContact()))
                        .id())
                .isNotEqualTo(id);
    }

    @Test
    void an_ignored_request_leaves_the_recipients_list_but_still_waits_as_far_as_the_sender_knows() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        run(bert, () -> requests.ignore(id));

        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE))).isEmpty();
        assertThat(as(bert, () -> contacts.stateWith(anna.memberId())).status()).isEqualTo(ContactStatus.NONE);
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE)))
                .singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(ContactRequestStatus.OPEN));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.REQUEST_SENT);
        // No nagging: asking again gives the same, ignored request back.
        assertThat(as(anna, () -> requests.send(bert.memberId(), firstContact()))
                        .id())
                .isEqualTo(id);
        assertThat(as(bert, () -> contacts.countOpenRequestsForMe())).isZero();

        run(anna, () -> requests.withdraw(id));
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE))).isEmpty();
    }

    @Test
    void the_one_who_ignored_may_still_ask_and_acceptance_settles_both_requests() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long ignored =
                as(anna, () -> requests.send(bert.memberId(), firstContact())).id();
        run(bert, () -> requests.ignore(ignored));

        long reverse =
                as(bert, () -> requests.send(anna.memberId(), firstContact())).id();
        run(anna, () -> requests.accept(reverse));

        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE))).isEmpty();
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.CONTACTS);
    }

    @Test
    void a_withdrawn_request_is_gone_for_the_recipient_and_withdrawing_twice_changes_nothing() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        run(anna, () -> requests.withdraw(id));
        run(anna, () -> requests.withdraw(id));

        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE))).isEmpty();
        assertThatThrownBy(() -> run(bert, () -> requests.accept(id)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notOpen"));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.NONE);
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
            long id = as(sender, () -> requests.send(recipient, firstContact())).id();
            if (i % 2 == 0) {
                run(sender, () -> requests.withdraw(id));
            }
            clock.advance(Duration.ofMinutes(30));
        }
        long last = recipients.get(20).memberId();

        assertThatThrownBy(() -> as(sender, () -> requests.send(last, firstContact())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contact.request.dailyLimit");
                    assertThat(e.getArguments()).containsExactly(20);
                });
        // Sending the same request again is still answered: it is not a new one.
        assertThat(as(sender, () -> requests.send(recipients.get(1).memberId(), firstContact()))
                        .status())
                .isEqualTo(ContactRequestStatus.OPEN);

        // The first request was sent 10 hours ago; a day after it, one place is free again.
        clock.advance(Duration.ofHours(14).plusMinutes(1));
        assertThat(as(sender, () -> requests.send(last, firstContact())).status())
                .isEqualTo(ContactRequestStatus.OPEN);
    }
}
