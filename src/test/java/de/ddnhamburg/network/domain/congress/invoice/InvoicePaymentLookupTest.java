package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.checkin.CheckInService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The check-in desk learns from the invoices whether a paid ticket is paid. */
@IntegrationTest
class InvoicePaymentLookupTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    InvoicePaymentLookup lookup;

    @Autowired
    InvoicePaymentService payments;

    @Autowired
    CheckInService checkIns;

    @Autowired
    MyCongressRegistrationService mine;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    @Test
    void the_desk_shows_open_then_paid_and_no_invoice_without_an_invoice_in_force() {
        InvoiceFixture.Congress congress = fixture.congress();
        RegistrationDetails open = fixture.register(fixture.member("Tuer1"), congress, congress.paid());
        RegistrationDetails paid = fixture.register(fixture.member("Tuer2"), congress, congress.paid());
        RegistrationDetails awaiting = fixture.register(fixture.member("Tuer3"), congress, congress.reduced());
        LoginAccount leaving = fixture.member("Tuer4");
        RegistrationDetails cancelled = fixture.register(leaving, congress, congress.paid());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        Acting.run(testMembers.admin(), () -> payments.markRegistrationPaid(paid.id(), today));
        Acting.run(leaving, () -> mine.cancel(RegistrationKey.member(cancelled.id())));

        assertThat(lookup.stateOf(open.id())).isEqualTo(PaymentState.OPEN);
        assertThat(lookup.stateOf(paid.id())).isEqualTo(PaymentState.PAID);
        assertThat(lookup.stateOf(awaiting.id())).isEqualTo(PaymentState.NO_INVOICE);
        assertThat(lookup.stateOf(cancelled.id())).isEqualTo(PaymentState.NO_INVOICE);

        // At the door (admins may open a desk at any time).
        Acting.run(testMembers.admin(), () -> {
            assertThat(checkIns.checkInTicket(congress.id(), open.ticketCode(), "Eingang")
                            .payment())
                    .isEqualTo(PaymentState.OPEN);
            assertThat(checkIns.checkInTicket(congress.id(), paid.ticketCode(), "Eingang")
                            .payment())
                    .isEqualTo(PaymentState.PAID);
        });
    }
}
