package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.BillableRegistration;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoices are kept ten years from the end of their year of issue, then deleted with their PDF; an
 * invoice cancelled by a later credit note stays as long as that one. Issued in years long past, so
 * that no other test's invoices are touched.
 */
@IntegrationTest
class InvoiceRetentionTest {

    @Autowired
    CongressInvoicing invoicing;

    @Autowired
    InvoiceRetention retention;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void documents_go_after_ten_full_years_and_an_invoice_waits_for_its_later_credit_note() {
        long kept = 990_000_001L;
        long gone = 990_000_002L;
        clock.set(Instant.parse("2001-06-01T10:00:00Z"));
        settle(gone, true);
        settle(kept, true);
        clock.set(Instant.parse("2002-01-10T10:00:00Z"));
        settle(kept, false);

        // 31 December 2011, 23:59 in Hamburg: the tenth full year after 2001 is not over yet.
        clock.set(Instant.parse("2011-12-31T22:59:00Z"));
        assertThat(retention.deleteExpired()).isZero();
        assertThat(count(gone)).isOne();

        // 1 January 2012 in Hamburg: 2001's documents have been kept for ten full years.
        clock.set(Instant.parse("2011-12-31T23:00:00Z"));
        // As the nightly schedule calls it.
        retention.runOnSchedule();
        assertThat(count(gone)).isZero();
        assertThat(count(kept))
                .as("the invoice waits for its credit note of 2002")
                .isEqualTo(2);
        assertThat(Objects.requireNonNull(jdbc.queryForObject(
                        "select count(*) from congress_invoice_pdf p join congress_invoice i on i.id = p.invoice_id"
                                + " where i.registration_id in (?, ?)",
                        Integer.class,
                        kept,
                        gone)))
                .isEqualTo(2);

        clock.set(Instant.parse("2012-12-31T23:00:00Z"));
        retention.deleteExpired();
        assertThat(count(kept)).isZero();
        assertThat(Objects.requireNonNull(jdbc.queryForObject(
                        "select count(*) from congress_invoice_pdf p where not exists"
                                + " (select 1 from congress_invoice i where i.id = p.invoice_id)",
                        Integer.class)))
                .isZero();
    }

    private void settle(long registrationId, boolean confirmed) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> invoicing.settle(new BillableRegistration(
                        registrationId,
                        990_000_000L,
                        "Fachkongress 2001",
                        LocalDate.of(2001, 9, 1),
                        LocalDate.of(2001, 9, 1),
                        null,
                        confirmed ? CongressRegistrationStatus.CONFIRMED : CongressRegistrationStatus.CANCELLED,
                        990_000_000L,
                        "Nichtmitglied",
                        new BigDecimal("89.00"),
                        19,
                        "Mia",
                        "Muster",
                        null,
                        new BillingAddress(null, "Weg 1", "20095", "Hamburg"),
                        Locale.GERMAN)));
    }

    private int count(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from congress_invoice where registration_id = ?", Integer.class, registrationId));
    }
}
