package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A member sees and downloads their own invoices, never another's. */
@IntegrationTest
class MyInvoiceServiceTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    MyInvoiceService invoices;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    @Test
    void a_member_downloads_their_own_invoice_but_not_anothers() {
        InvoiceFixture.Congress congress = fixture.congress();
        LoginAccount owner = fixture.member("Eigen");
        LoginAccount other = fixture.member("Fremd");
        RegistrationDetails registration = fixture.register(owner, congress, congress.paid());
        InvoiceFixture.Row invoice = fixture.invoices(registration.id()).getFirst();

        assertThat(Acting.as(owner, () -> invoices.forRegistration(registration.id())))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.number()).isEqualTo(invoice.number());
                    assertThat(item.status()).isEqualTo(PaymentStatus.OPEN);
                });
        InvoiceFile file = Acting.as(owner, () -> invoices.pdf(invoice.id(), Locale.GERMAN));
        assertThat(file.content()).isEqualTo(fixture.storedPdf(invoice.id()));
        assertThat(file.fileName()).isEqualTo("Rechnung-" + invoice.number() + ".pdf");
        assertThat(Acting.as(owner, () -> invoices.pdf(invoice.id(), Locale.ENGLISH))
                        .fileName())
                .isEqualTo("Invoice-" + invoice.number() + ".pdf");

        assertThat(Acting.as(other, () -> invoices.forRegistration(registration.id())))
                .isEmpty();
        assertThatThrownBy(() -> Acting.as(other, () -> invoices.pdf(invoice.id(), Locale.GERMAN)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invoices.pdf(invoice.id(), Locale.GERMAN))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void a_guest_has_no_way_in() {
        SecurityTestSupport.signOut();
        assertThatThrownBy(() -> invoices.forRegistration(1))
                .isInstanceOfAny(
                        AccessDeniedException.class, org.springframework.security.core.AuthenticationException.class);
    }
}
