package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.congress.BillableRegistration;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressGuestConfirmationService;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFixture.Row;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.privacy.PersonalDataExport;
import de.ddnhamburg.network.domain.privacy.PersonalDataRequests;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When invoices and credit notes are issued: by the registration services' own mails (the hook in
 * the congress), and by {@code settle} for a change of category, which the admins' grid will make.
 */
@IntegrationTest
class CongressInvoicingTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    CongressApprovalService approvals;

    @Autowired
    MyCongressRegistrationService mine;

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    CongressInvoicing invoicing;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataExport personalData;

    @Autowired
    PersonalDataRequests requests;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private InvoiceFixture.Congress congress;

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        congress = fixture.congress();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_paid_registration_gets_one_invoice_attached_to_its_confirmation() throws IOException {
        LoginAccount member = fixture.member("Rechnung");

        RegistrationDetails registration = fixture.register(member, congress, congress.paid());

        List<Row> invoices = fixture.invoices(registration.id());
        assertThat(invoices).hasSize(1);
        Row invoice = invoices.getFirst();
        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).getYear();
        assertThat(invoice.kind()).isEqualTo("INVOICE");
        assertThat(invoice.number()).isEqualTo("%d-%04d".formatted(year, invoice.sequence()));
        assertThat(invoice.year()).isEqualTo(year);
        assertThat(invoice.status()).isEqualTo("OPEN");
        assertThat(invoice.net()).isEqualByComparingTo("74.79");
        assertThat(invoice.vatRate()).isEqualTo(19);
        assertThat(invoice.vat()).isEqualByComparingTo("14.21");
        assertThat(invoice.gross()).isEqualByComparingTo("89.00");
        assertThat(invoice.memberId()).isEqualTo(member.memberId());
        assertThat(invoice.recipientName()).isEqualTo("Mia Rechnung");
        assertThat(invoice.recipientOrganisation()).isEqualTo("Elbe Consult GmbH");
        assertThat(invoice.recipientStreet()).isEqualTo("Speicherstadt 7");

        List<InvoiceFixture.Attachment> files = fixture.attachments(member.email());
        assertThat(files)
                .extracting(InvoiceFixture.Attachment::fileName)
                .containsExactly(
                        "kongress-" + congress.id() + ".ics", "ticket-qr.png", "Rechnung-" + invoice.number() + ".pdf");
        InvoiceFixture.Attachment pdf = files.getLast();
        assertThat(pdf.subject()).contains("Ihre Anmeldung");
        assertThat(pdf.content()).isEqualTo(fixture.storedPdf(invoice.id()));

        // Read back: issuer from the settings, the recipient's billing address, number, totals.
        String text = InvoicePdfTest.text(pdf.content());
        assertThat(text)
                .contains("Rechnung " + invoice.number())
                .contains("Das Demographie Netzwerk e. V. (Demo)")
                .contains("Musterstraße 1")
                .contains("Steuernummer")
                .contains("00/000/00000 (Demo)")
                .contains("Elbe Consult GmbH")
                .contains("Mia Rechnung")
                .contains("Speicherstadt 7")
                .contains("20095 Hamburg")
                .contains(congress.title())
                .contains("Nichtmitglied")
                .contains("Nettobetrag 74,79 €")
                .contains("Umsatzsteuer 19 % 14,21 €")
                .contains("Gesamtbetrag 89,00 €")
                .contains("Bitte überweisen Sie");
    }

    @Test
    void a_free_registration_gets_no_invoice() {
        LoginAccount member = fixture.member("Frei");

        RegistrationDetails registration = fixture.register(member, congress, congress.free());

        assertThat(registration.status()).isEqualTo(CongressRegistrationStatus.CONFIRMED);
        assertThat(fixture.invoices(registration.id())).isEmpty();
        assertThat(fixture.documents(member.email())).isEmpty();
    }

    @Test
    void a_category_that_needs_approval_is_invoiced_when_an_admin_approves_it() throws IOException {
        LoginAccount member = fixture.member("Ermaessigt");
        RegistrationDetails registration = fixture.register(member, congress, congress.reduced());
        assertThat(registration.status()).isEqualTo(CongressRegistrationStatus.AWAITING_APPROVAL);
        assertThat(fixture.invoices(registration.id())).isEmpty();

        Acting.run(testMembers.admin(), () -> approvals.approve(registration.id()));

        Row invoice = fixture.invoices(registration.id()).getFirst();
        assertThat(invoice.vatRate()).isEqualTo(7);
        assertThat(invoice.net()).isEqualByComparingTo("36.45");
        assertThat(invoice.vat()).isEqualByComparingTo("2.55");
        List<InvoiceFixture.Attachment> documents = fixture.documents(member.email());
        assertThat(documents).hasSize(1);
        assertThat(documents.getFirst().fileName()).isEqualTo("Rechnung-" + invoice.number() + ".pdf");
        assertThat(InvoicePdfTest.text(documents.getFirst().content()))
                .contains("Umsatzsteuer 7 % 2,55 €")
                .contains("Gesamtbetrag 39,00 €");
    }

    @Test
    void a_category_free_of_vat_prints_the_reason() throws IOException {
        LoginAccount member = fixture.member("Foerder");

        RegistrationDetails registration = fixture.register(member, congress, congress.exempt());

        Row invoice = fixture.invoices(registration.id()).getFirst();
        assertThat(invoice.vat()).isEqualByComparingTo("0");
        assertThat(invoice.net()).isEqualByComparingTo("150.00");
        assertThat(InvoicePdfTest.text(fixture.storedPdf(invoice.id())))
                .contains("Umsatzsteuer 0 % 0,00 €")
                .contains("Umsatzsteuerfrei");
    }

    @Test
    void a_guest_is_invoiced_once_the_address_is_confirmed() {
        String email = "gast-" + UUID.randomUUID() + "@example.org";
        guests.register(guestRequest(email));
        long registrationId = registrationOf(email);
        assertThat(fixture.invoices(registrationId)).isEmpty();

        guestConfirmations.confirm(new GuestMailbox(jdbc).last(email).token(PublicLinks.CONGRESS_GUEST_CONFIRM));

        Row invoice = fixture.invoices(registrationId).getFirst();
        assertThat(invoice.memberId()).isNull();
        assertThat(invoice.recipientName()).isEqualTo("Gustav Gast");
        assertThat(fixture.documents(email))
                .extracting(InvoiceFixture.Attachment::fileName)
                .containsExactly("Rechnung-" + invoice.number() + ".pdf");
    }

    @Test
    void erasing_a_guest_on_request_cancels_the_invoice_by_credit_note_and_keeps_both() {
        String email = "gast-" + UUID.randomUUID() + "@example.org";
        guests.register(guestRequest(email));
        long registrationId = registrationOf(email);
        guestConfirmations.confirm(new GuestMailbox(jdbc).last(email).token(PublicLinks.CONGRESS_GUEST_CONFIRM));

        Acting.run(testMembers.admin(), () -> requests.eraseGuest(email));

        List<Row> documents = fixture.invoices(registrationId);
        assertThat(documents).extracting(Row::kind).containsExactly("INVOICE", "CREDIT_NOTE");
        assertThat(documents.getFirst().status()).isEqualTo("CANCELLED");
        assertThat(documents)
                .allSatisfy(document -> assertThat(document.recipientName()).isEqualTo("Gustav Gast"));
    }

    @Test
    void cancelling_issues_a_credit_note_that_refers_to_the_invoice_and_the_next_in_line_is_invoiced()
            throws IOException {
        LoginAccount first = fixture.member("Erste");
        LoginAccount second = fixture.member("Zweite");
        RegistrationDetails placed = fixture.register(first, congress, congress.small());
        RegistrationDetails waiting = fixture.register(second, congress, congress.small());
        assertThat(waiting.status()).isEqualTo(CongressRegistrationStatus.WAITLISTED);
        assertThat(fixture.invoices(waiting.id())).isEmpty();
        Row invoice = fixture.invoices(placed.id()).getFirst();

        Acting.run(first, () -> mine.cancel(RegistrationKey.member(placed.id())));

        List<Row> documents = fixture.invoices(placed.id());
        assertThat(documents).hasSize(2);
        Row original = documents.get(0);
        Row credit = documents.get(1);
        assertThat(original.status()).isEqualTo("CANCELLED");
        assertThat(original.cancelledById()).isEqualTo(credit.id());
        assertThat(credit.kind()).isEqualTo("CREDIT_NOTE");
        assertThat(credit.status()).isNull();
        assertThat(credit.refersToId()).isEqualTo(invoice.id());
        assertThat(credit.refersToNumber()).isEqualTo(invoice.number());
        assertThat(credit.gross()).isEqualByComparingTo("-120.00");
        assertThat(credit.net()).isEqualByComparingTo(invoice.net().negate());
        assertThat(credit.vat()).isEqualByComparingTo(invoice.vat().negate());
        assertThat(credit.sequence()).isGreaterThan(invoice.sequence());
        InvoiceFixture.Attachment mailed = fixture.documents(first.email()).getLast();
        assertThat(mailed.subject()).contains("storniert");
        assertThat(mailed.fileName()).isEqualTo("Stornorechnung-" + credit.number() + ".pdf");
        assertThat(InvoicePdfTest.text(mailed.content()))
                .contains("Stornorechnung " + credit.number())
                .contains("zur Rechnung Nr. " + invoice.number())
                .contains("-120,00 €");

        // The place went to the next in line, who now owes the price.
        Row promoted = fixture.invoices(waiting.id()).getFirst();
        assertThat(promoted.status()).isEqualTo("OPEN");
        assertThat(fixture.documents(second.email()))
                .extracting(InvoiceFixture.Attachment::fileName)
                .containsExactly("Rechnung-" + promoted.number() + ".pdf");
    }

    @Test
    void a_change_of_category_cancels_the_invoice_and_invoices_the_new_category() {
        LoginAccount member = fixture.member("Wechsel");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());

        List<MailAttachment> issued = settle(registration, congress.exempt(), "Förderprogramm", "150.00", 0, true);

        List<Row> documents = fixture.invoices(registration.id());
        assertThat(documents).extracting(Row::kind).containsExactly("INVOICE", "CREDIT_NOTE", "INVOICE");
        assertThat(documents.get(0).status()).isEqualTo("CANCELLED");
        assertThat(documents.get(1).refersToId()).isEqualTo(documents.get(0).id());
        assertThat(documents.get(2).categoryId()).isEqualTo(congress.exempt());
        assertThat(documents.get(2).gross()).isEqualByComparingTo("150.00");
        assertThat(issued)
                .extracting(MailAttachment::fileName)
                .containsExactly(
                        "Stornorechnung-" + documents.get(1).number() + ".pdf",
                        "Rechnung-" + documents.get(2).number() + ".pdf");
    }

    @Test
    void an_english_speakers_credit_note_and_new_invoice_are_in_english() throws IOException {
        LoginAccount member = fixture.member("English");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());

        List<MailAttachment> issued =
                settle(registration, congress.exempt(), "Förderprogramm", "150.00", 0, true, Locale.ENGLISH);

        assertThat(issued).hasSize(2);
        assertThat(InvoicePdfTest.text(issued.get(0).bytes()))
                .contains("Credit note", "for invoice no.", "will be refunded")
                .doesNotContain("Stornorechnung", "Nettobetrag");
        assertThat(InvoicePdfTest.text(issued.get(1).bytes()))
                .contains("Invoice number", "Attendance at the congress", "ticket category", "“Förderprogramm”")
                .contains("Total €150.00")
                .doesNotContain("Teilnahme am Kongress", "Gesamtbetrag");
    }

    @Test
    void settling_again_without_a_change_issues_nothing_even_when_the_price_changed_since() {
        LoginAccount member = fixture.member("Gleich");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());

        assertThat(settle(registration, congress.paid(), "Nichtmitglied", "89.00", 19, true))
                .isEmpty();
        assertThat(settle(registration, congress.paid(), "Nichtmitglied", "99.00", 7, true))
                .isEmpty();
        // Updating the answers mails the registration again, and issues nothing either.
        Acting.run(
                member,
                () -> mine.updateAnswers(
                        RegistrationKey.member(registration.id()),
                        de.ddnhamburg.network.domain.congress.RegistrationAnswers.none()));

        assertThat(fixture.invoices(registration.id())).hasSize(1);
    }

    @Test
    void moving_to_a_free_category_or_losing_the_place_only_cancels() {
        LoginAccount member = fixture.member("Umsonst");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());

        List<MailAttachment> issued = settle(registration, congress.free(), "Mitglied", "0", 0, true);
        // The same again: nothing left to cancel.
        assertThat(settle(registration, congress.free(), "Mitglied", "0", 0, true))
                .isEmpty();

        assertThat(issued).hasSize(1);
        assertThat(fixture.invoices(registration.id()))
                .extracting(Row::kind, Row::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INVOICE", "CANCELLED"),
                        org.assertj.core.groups.Tuple.tuple("CREDIT_NOTE", null));
    }

    @Test
    void the_data_export_lists_the_invoices_and_deleting_the_account_cancels_by_credit_note_keeping_both() {
        LoginAccount member = fixture.member("Geloescht");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        String number = fixture.invoices(registration.id()).getFirst().number();
        String export =
                new String(Acting.as(member, () -> personalData.exportMine()).content(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"congressInvoices\"").contains(number).contains("Speicherstadt 7");

        Acting.run(member, () -> accounts.deleteAccount(TestMembers.PASSWORD));

        List<Row> documents = fixture.invoices(registration.id());
        assertThat(documents).extracting(Row::kind).containsExactly("INVOICE", "CREDIT_NOTE");
        assertThat(documents).allSatisfy(document -> {
            assertThat(document.memberId()).isNull();
            // The invoice keeps what it was issued to, for the retention period.
            assertThat(document.recipientName()).isEqualTo("Mia Geloescht");
            assertThat(document.recipientStreet()).isEqualTo("Speicherstadt 7");
        });
        assertThat(documents.getFirst().status()).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject(
                        "select billing_street from congress_registration where id = ?",
                        String.class,
                        registration.id()))
                .isNull();
    }

    private List<MailAttachment> settle(
            RegistrationDetails registration, long category, String name, String price, int rate, boolean confirmed) {
        return settle(registration, category, name, price, rate, confirmed, Locale.GERMAN);
    }

    private List<MailAttachment> settle(
            RegistrationDetails registration,
            long category,
            String name,
            String price,
            int rate,
            boolean confirmed,
            Locale language) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return Objects.requireNonNull(transaction.execute(status -> invoicing.settle(new BillableRegistration(
                registration.id(),
                congress.id(),
                congress.title(),
                registration.firstDay(),
                registration.firstDay(),
                null,
                confirmed ? CongressRegistrationStatus.CONFIRMED : CongressRegistrationStatus.CANCELLED,
                category,
                name,
                new BigDecimal(price),
                rate,
                registration.firstName(),
                registration.lastName(),
                registration.organisation(),
                registration.billing(),
                language))));
    }

    private RegistrationRequest guestRequest(String email) {
        return new RegistrationRequest(
                congress.id(),
                congress.paid(),
                null,
                "Gustav",
                "Gast",
                email,
                null,
                List.of(new SessionPick(congress.workshopSlot(), congress.workshop(), null)),
                de.ddnhamburg.network.domain.congress.RegistrationAnswers.none(),
                InvoiceFixture.BILLING,
                true,
                Locale.GERMAN);
    }

    private long registrationOf(String email) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select id from congress_registration where email = ?", Long.class, email));
    }
}
