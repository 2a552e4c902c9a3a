package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.BillableRegistration;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.SecurityTestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice numbers under load, on each database: 200 paid registrations at once, spread over four
 * congresses (so that the congress locks do not already put them in a row, only the numbering
 * does), get 200 numbers in a row of the year, none skipped, none twice. A transaction that rolls
 * back after drawing a number gives it back: the next one gets the same.
 */
abstract class InvoiceNumberingContract {

    static final int REGISTRATIONS = 200;
    static final int CONGRESSES = 4;

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    CongressInvoicing invoicing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    // As many clients as the connection pool serves at once (10), less two for the test's own queries.
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        SecurityTestSupport.signOut();
    }

    @Test
    void two_hundred_paid_registrations_at_once_get_two_hundred_numbers_in_a_row() throws Exception {
        List<InvoiceFixture.Congress> congresses = new ArrayList<>();
        for (int c = 0; c < CONGRESSES; c++) {
            congresses.add(fixture.congress());
        }
        List<LoginAccount> members = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            members.add(fixture.member("Zahlende" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<RegistrationDetails>> requests = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            LoginAccount member = members.get(i);
            InvoiceFixture.Congress congress = congresses.get(i % CONGRESSES);
            requests.add(() -> {
                start.await();
                return fixture.register(member, congress, congress.paid());
            });
        }
        List<Future<RegistrationDetails>> pending = new ArrayList<>();
        for (Callable<RegistrationDetails> request : requests) {
            pending.add(threads.submit(request));
        }
        start.countDown();
        List<RegistrationDetails> answers = new ArrayList<>();
        for (Future<RegistrationDetails> answer : pending) {
            answers.add(answer.get(5, TimeUnit.MINUTES));
        }

        assertThat(answers).extracting(RegistrationDetails::status).containsOnly(CongressRegistrationStatus.CONFIRMED);
        List<InvoiceFixture.Row> invoices = answers.stream()
                .flatMap(answer -> fixture.invoices(answer.id()).stream())
                .toList();
        assertThat(invoices).hasSize(REGISTRATIONS);
        assertThat(invoices).extracting(InvoiceFixture.Row::kind).containsOnly("INVOICE");
        assertThat(invoices).extracting(InvoiceFixture.Row::number).doesNotHaveDuplicates();
        assertThat(invoices)
                .extracting(InvoiceFixture.Row::year)
                .containsOnly(invoices.getFirst().year());
        List<Integer> sequences =
                invoices.stream().map(InvoiceFixture.Row::sequence).sorted().toList();
        int first = sequences.getFirst();
        int last = sequences.getLast();
        assertThat(last - first + 1).as("consecutive: no number skipped").isEqualTo(REGISTRATIONS);
        assertThat(count(
                        "select count(*) from congress_invoice where number_year = ? and number_seq between ? and ?",
                        invoices.getFirst().year(),
                        first,
                        last))
                .as("and none given to anything else in between")
                .isEqualTo(REGISTRATIONS);
        // Each with its PDF, and each the number of the year before it plus one (the first, too).
        assertThat(count(
                        "select count(*) from congress_invoice_pdf p join congress_invoice i on i.id = p.invoice_id"
                                + " where i.number_year = ? and i.number_seq between ? and ?",
                        invoices.getFirst().year(),
                        first,
                        last))
                .isEqualTo(REGISTRATIONS);
        assertThat(count(
                        "select count(*) from congress_invoice where number_year = ? and number_seq < ?",
                        invoices.getFirst().year(),
                        first))
                .isEqualTo(first - 1);
    }

    @Test
    void a_number_drawn_in_a_transaction_that_rolls_back_is_given_to_the_next() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String rolledBack = Objects.requireNonNull(transaction.execute(status -> {
            String number = invoiceNumber(invoicing.settle(billable()));
            status.setRollbackOnly();
            return number;
        }));

        String next =
                Objects.requireNonNull(transaction.execute(status -> invoiceNumber(invoicing.settle(billable()))));

        assertThat(next).isEqualTo(rolledBack);
        assertThat(count("select count(*) from congress_invoice where number = ?", next))
                .isOne();
    }

    private static String invoiceNumber(List<MailAttachment> issued) {
        assertThat(issued).hasSize(1);
        return issued.getFirst().fileName().replace("Rechnung-", "").replace(".pdf", "");
    }

    private static BillableRegistration billable() {
        return new BillableRegistration(
                970_000_000L + ThreadLocalRandom.current().nextInt(1_000_000),
                970_000_000L,
                "Fachkongress",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1),
                null,
                CongressRegistrationStatus.CONFIRMED,
                970_000_000L,
                "Nichtmitglied",
                new BigDecimal("89.00"),
                19,
                "Mia",
                "Muster",
                null,
                new BillingAddress(null, "Weg 1", "20095", "Hamburg"),
                Locale.GERMAN);
    }

    private int count(String sql, Object... arguments) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, arguments));
    }
}
