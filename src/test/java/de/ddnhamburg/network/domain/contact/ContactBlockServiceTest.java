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
import org.junit.jupiter.api.Test;

/** Blocks: they stop requests both ways and end what was between the two. */
@IntegrationTest
class ContactBlockServiceTest extends ContactServiceTestBase {

    @Test
    void blocking_stops_requests_both_ways_ends_the_contact_and_closes_waiting_requests() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount carl = member("carl");
        connect(anna, bert);
        long fromCarl =
                as(carl, () -> requests.send(anna.memberId(), firstContact())).id();

        run(anna, () -> blocks.block(bert.memberId()));
        run(anna, () -> blocks.block(bert.memberId()));
        run(anna, () -> blocks.block(carl.memberId()));

        assertThat(as(anna, () -> contacts.countMyContacts())).isZero();
        assertThat(as(bert, () -> contacts.countMyContacts())).isZero();
        assertThat(as(anna, () -> contacts.openRequestsForMe(FIRST_PAGE))).isEmpty();
        // Carl is not told: to him the request still waits.
        assertThat(as(carl, () -> contacts.mySentRequests(FIRST_PAGE)))
                .extracting(ContactRequestItem::id)
                .containsExactly(fromCarl);
        assertThat(as(anna, () -> blocks.myBlocks(FIRST_PAGE)))
                .extracting(BlockedMember::memberId)
                .containsExactlyInAnyOrder(bert.memberId(), carl.memberId());
        assertThatThrownBy(() -> as(anna, () -> requests.send(bert.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.blockedByYou"));
        assertThatThrownBy(() -> as(bert, () -> requests.send(anna.memberId(), firstContact())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.request.notPossible"));
        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.BLOCKED_BY_ME);
        assertThat(as(bert, () -> contacts.stateWith(anna.memberId())).status()).isEqualTo(ContactStatus.UNAVAILABLE);

        run(anna, () -> blocks.unblock(bert.memberId()));
        run(anna, () -> blocks.unblock(bert.memberId()));

        assertThat(as(anna, () -> contacts.stateWith(bert.memberId())).status()).isEqualTo(ContactStatus.NONE);
        assertThat(as(anna, () -> blocks.countMyBlocks())).isEqualTo(1);
        assertThat(as(bert, () -> requests.send(anna.memberId(), firstContact()))
                        .status())
                .isEqualTo(ContactRequestStatus.OPEN);
    }

    @Test
    void blocking_needs_someone_one_can_see_or_has_dealt_with() {
        LoginAccount anna = member("anna");
        LoginAccount hidden = testMembers.withProfile(
                uniqueEmail("hidden"),
                profile("Hanna", "Hidden").hiddenFromDirectory().build());

        assertThatThrownBy(() -> run(anna, () -> blocks.block(hidden.memberId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(anna, () -> blocks.block(anna.memberId())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("contact.block.self"));

        // A hidden member who asked is known to the one asked, who may block them.
        as(hidden, () -> requests.send(anna.memberId(), firstContact()));
        run(anna, () -> blocks.block(hidden.memberId()));
        assertThat(as(anna, () -> contacts.stateWith(hidden.memberId())).status())
                .isEqualTo(ContactStatus.BLOCKED_BY_ME);
    }
}
