package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Recording payments and reading how they stand: admins only, once, never in the future. */
@IntegrationTest
class InvoicePaymentServiceTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    InvoicePaymentService payments;

    @Autowired
    MyCongressRegistrationService mine;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private InvoiceFixture.Congress congress;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        congress = fixture.congress();
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
    }

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    @Test
    void an_admin_records_a_payment_once_audited_and_mailed_to_the_participant() {
        LoginAccount member = fixture.member("Zahlt");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        InvoiceFixture.Row invoice = fixture.invoices(registration.id()).getFirst();
        LocalDate yesterday = today.minusDays(1);

        InvoiceItem paid = Acting.as(testMembers.admin(), () -> payments.markPaid(invoice.id(), yesterday));
        // A second click, even with another day, changes nothing.
        Acting.as(testMembers.admin(), () -> payments.markPaid(invoice.id(), today));

        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.paidOn()).isEqualTo(yesterday);
        InvoiceFixture.Row stored = fixture.invoices(registration.id()).getFirst();
        assertThat(stored.status()).isEqualTo("PAID");
        assertThat(stored.paidOn()).isEqualTo(yesterday);
        assertThat(audits("INVOICE_MARKED_PAID", "registration:" + registration.id()))
                .isOne();
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        assertThat(mailbox.to(member.email()))
                .filteredOn(mail -> mail.subject().contains("Zahlung erhalten"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body().replace('\u00a0', ' '))
                        .contains(invoice.number())
                        .contains("89,00 €"));
        assertThat(Acting.as(testMembers.admin(), () -> payments.paymentOf(registration.id())))
                .hasValueSatisfying(payment -> {
                    assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
                    assertThat(payment.paidOn()).isEqualTo(yesterday);
                    assertThat(payment.invoiceNumber()).isEqualTo(invoice.number());
                });
    }

    @Test
    void a_payment_is_not_recorded_for_a_day_to_come_nor_for_a_cancelled_invoice() {
        LoginAccount member = fixture.member("Storno");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        long invoice = fixture.invoices(registration.id()).getFirst().id();

        assertThatThrownBy(() -> Acting.as(testMembers.admin(), () -> payments.markPaid(invoice, today.plusDays(1))))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.invoice.paidInFuture");
        Acting.run(member, () -> mine.cancel(RegistrationKey.member(registration.id())));
        long credit = fixture.invoices(registration.id()).getLast().id();

        assertThatThrownBy(() -> Acting.as(testMembers.admin(), () -> payments.markPaid(invoice, today)))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.invoice.notPayable");
        assertThatThrownBy(() -> Acting.as(testMembers.admin(), () -> payments.markPaid(credit, today)))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.invoice.notPayable");
        assertThatThrownBy(() ->
                        Acting.as(testMembers.admin(), () -> payments.markRegistrationPaid(registration.id(), today)))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.invoice.noneOpen");
        assertThat(Acting.as(testMembers.admin(), () -> payments.paymentOf(registration.id())))
                .hasValueSatisfying(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED));
    }

    @Test
    void a_paid_invoice_that_is_cancelled_keeps_its_payment_on_record() {
        LoginAccount member = fixture.member("Erstattung");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        Acting.run(testMembers.admin(), () -> payments.markRegistrationPaid(registration.id(), today));

        Acting.run(member, () -> mine.cancel(RegistrationKey.member(registration.id())));

        InvoiceFixture.Row original = fixture.invoices(registration.id()).getFirst();
        assertThat(original.status()).isEqualTo("CANCELLED");
        assertThat(original.paidOn()).isEqualTo(today);
    }

    @Test
    void payments_of_a_congress_and_revenue_by_category_split_into_open_and_paid() {
        RegistrationDetails open = fixture.register(fixture.member("Offen"), congress, congress.paid());
        RegistrationDetails paid = fixture.register(fixture.member("Bezahlt"), congress, congress.paid());
        RegistrationDetails exempt = fixture.register(fixture.member("Foerderung"), congress, congress.exempt());
        RegistrationDetails free = fixture.register(fixture.member("Gratis"), congress, congress.free());
        Acting.run(testMembers.admin(), () -> payments.markRegistrationPaid(paid.id(), today));

        Map<Long, RegistrationPayment> byRegistration =
                Acting.as(testMembers.admin(), () -> payments.paymentsOf(congress.id()));

        assertThat(byRegistration).containsOnlyKeys(open.id(), paid.id(), exempt.id());
        assertThat(byRegistration)
                .extractingByKeys(open.id(), paid.id())
                .extracting(RegistrationPayment::status)
                .containsExactly(PaymentStatus.OPEN, PaymentStatus.PAID);
        assertThat(Acting.as(testMembers.admin(), () -> payments.paymentOf(free.id())))
                .isEmpty();
        assertThat(Acting.as(testMembers.admin(), () -> payments.revenue(congress.id())))
                .containsExactlyInAnyOrder(
                        new CategoryRevenue("Förderprogramm", new BigDecimal("150.00"), BigDecimal.ZERO),
                        new CategoryRevenue("Nichtmitglied", new BigDecimal("89.00"), new BigDecimal("89.00")));
    }

    @Test
    void members_neither_record_nor_read_payments() {
        LoginAccount member = fixture.member("Neugierig");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        long invoice = fixture.invoices(registration.id()).getFirst().id();

        Acting.run(member, () -> {
            assertThatThrownBy(() -> payments.markPaid(invoice, today)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payments.markRegistrationPaid(registration.id(), today))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payments.paymentOf(registration.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payments.paymentsOf(congress.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payments.revenue(congress.id())).isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> payments.markPaid(invoice, today))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(fixture.invoices(registration.id()).getFirst().status()).isEqualTo("OPEN");
    }

    private int audits(String action, String target) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target = ?", Integer.class, action, target));
    }
}
