package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a participant that the payment of their invoice was recorded, for {@code congress.invoice},
 * which knows the invoice but keeps no mail address (an invoice holds only what it must). A
 * component, not a service: it checks no rights, its caller does.
 */
@Component
public class CongressPaymentMails {

    private final CongressRegistrationRepository registrations;
    private final CongressRepository congresses;
    private final MailOutbox outbox;

    CongressPaymentMails(
            CongressRegistrationRepository registrations, CongressRepository congresses, MailOutbox outbox) {
        this.registrations = registrations;
        this.congresses = congresses;
        this.outbox = outbox;
    }

    /**
     * Queues the mail in the caller's transaction, once per invoice; nobody is mailed when the
     * registration's person was erased (an address under {@code .invalid} receives nothing).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void paymentReceived(
            long registrationId, long invoiceId, String number, BigDecimal gross, LocalDate paidOn) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElse(null);
        if (registration == null || registration.getEmail().endsWith(".invalid")) {
            return;
        }
        Congress congress = congresses.findById(registration.getCongressId()).orElseThrow();
        Locale language = Locale.forLanguageTag(registration.getLanguage());
        outbox.enqueue(MailRequest.of(
                "congress.paid:" + invoiceId,
                registration.getEmail(),
                language,
                MailTemplate.CONGRESS_PAYMENT_RECEIVED,
                (registration.getFirstName() + " " + registration.getLastName()).strip(),
                congress.getTitle(),
                number,
                gross,
                paidOn));
    }
}
