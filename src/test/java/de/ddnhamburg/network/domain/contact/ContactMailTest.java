package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.domain.contact.ContactServiceTestBase.as;
import static de.ddnhamburg.network.domain.contact.ContactServiceTestBase.run;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the outbox gets for a contact request: the sender's words and a link, never their details. */
@IntegrationTest
class ContactMailTest {

    @Autowired
    ContactRequestService requests;

    @Autowired
    MemberService memberService;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_recipient_gets_the_message_as_plain_text_with_a_link_but_no_private_details_of_the_sender() {
        String senderEmail = uniqueEmail("sender");
        String recipientEmail = uniqueEmail("recipient");
        LoginAccount sender = testMembers.withProfile(
                senderEmail,
                profile("Sonja", "Sender")
                        .phone("040 987654")
                        .organisation("Hafenamt")
                        .build());
        LoginAccount recipient = testMembers.withProfile(
                recipientEmail, profile("Rolf", "Recipient").build());

        long id = as(
                        sender,
                        () -> requests.send(
                                recipient.memberId(),
                                new FirstContactMessage(
                                        "Ich bin Sonja <b>vom</b> Hafenamt.",
                                        "Wir mögen beide {Führung}.",
                                        "Telefonat?")))
                .id();

        OutboxRows.Row mail = rows().one("contact.request:" + id);
        assertThat(mail.recipient()).isEqualTo(recipientEmail);
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject()).isEqualTo("Neue Kontaktanfrage bei ddn Hamburg");
        assertThat(mail.body())
                .startsWith("Guten Tag Rolf Recipient,\n\nSonja Sender möchte sich mit Ihnen")
                .contains("Ich bin Sonja <b>vom</b> Hafenamt.\n\nWir mögen beide {Führung}.\n\nTelefonat?")
                .contains("http://localhost:8080/kontakte")
                .doesNotContain(senderEmail)
                .doesNotContain("040 987654");
    }

    @Test
    void a_recipient_who_chose_english_gets_it_in_english() {
        LoginAccount sender = testMembers.withProfile(
                uniqueEmail("sender"), profile("Sonja", "Sender").build());
        LoginAccount recipient = testMembers.withProfile(
                uniqueEmail("english"), profile("Emily", "English").build());
        run(recipient, () -> memberService.changeLanguage(Locale.ENGLISH));

        long id = as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();

        OutboxRows.Row mail = rows().one("contact.request:" + id);
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("New contact request at ddn Hamburg");
        assertThat(mail.body())
                .startsWith("Hello Emily English,")
                .contains(firstContact().asText());
    }

    @Test
    void acceptance_is_mailed_to_the_sender_with_a_link_to_the_new_contact_and_nothing_else_is_mailed() {
        String senderEmail = uniqueEmail("sender");
        String recipientEmail = uniqueEmail("recipient");
        LoginAccount sender =
                testMembers.withProfile(senderEmail, profile("Sonja", "Sender").build());
        LoginAccount recipient = testMembers.withProfile(
                recipientEmail, profile("Rolf", "Recipient").phone("040 123123").build());
        long accepted = as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();

        run(recipient, () -> requests.accept(accepted));
        run(recipient, () -> requests.accept(accepted));

        OutboxRows.Row mail = rows().one("contact.accepted:" + accepted);
        assertThat(mail.recipient()).isEqualTo(senderEmail);
        assertThat(mail.subject()).isEqualTo("Ihre Kontaktanfrage wurde angenommen");
        assertThat(mail.body())
                .startsWith("Guten Tag Sonja Sender,\n\nRolf Recipient hat Ihre Kontaktanfrage angenommen.")
                .contains("http://localhost:8080/mitglieder/" + recipient.memberId())
                .doesNotContain(recipientEmail)
                .doesNotContain("040 123123");
        assertThat(mailsTo(senderEmail)).isEqualTo(1);
        assertThat(mailsTo(recipientEmail)).isEqualTo(1);
    }

    @Test
    void declining_ignoring_withdrawing_and_repeating_send_no_mail() {
        String senderEmail = uniqueEmail("sender");
        String recipientEmail = uniqueEmail("recipient");
        LoginAccount sender =
                testMembers.withProfile(senderEmail, profile("Sonja", "Sender").build());
        LoginAccount recipient = testMembers.withProfile(
                recipientEmail, profile("Rolf", "Recipient").build());

        long first = as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();
        as(sender, () -> requests.send(recipient.memberId(), firstContact()));
        run(recipient, () -> requests.decline(first));
        long second = as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();
        run(recipient, () -> requests.ignore(second));
        run(sender, () -> requests.withdraw(second));

        assertThat(mailsTo(recipientEmail)).isEqualTo(2);
        assertThat(mailsTo(senderEmail)).isZero();
        SecurityTestSupport.signOut();
    }

    private int mailsTo(String address) {
        Integer count =
                jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class, address);
        return count == null ? 0 : count;
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }
}
