package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The invoices page and the accounting export: admins only, the export audited and safe for Excel. */
@IntegrationTest
class InvoiceAdministrationServiceTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    InvoiceAdministrationService administration;

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

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        congress = fixture.congress();
    }

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    @Test
    void the_page_lists_the_documents_in_number_order_with_what_is_open_and_paid() {
        RegistrationDetails paid = fixture.register(fixture.member("Eins"), congress, congress.paid());
        LoginAccount cancelling = fixture.member("Zwei");
        RegistrationDetails cancelled = fixture.register(cancelling, congress, congress.paid());
        fixture.register(fixture.member("Drei"), congress, congress.exempt());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        Acting.run(testMembers.admin(), () -> payments.markRegistrationPaid(paid.id(), today));
        Acting.run(cancelling, () -> mine.cancel(RegistrationKey.member(cancelled.id())));

        CongressInvoices overview = Acting.as(testMembers.admin(), () -> administration.overview(congress.id()));
        List<InvoiceItem> items =
                Acting.as(testMembers.admin(), () -> administration.page(congress.id(), PageRequest.of(0, 50)));

        assertThat(overview.congressTitle()).isEqualTo(congress.title());
        assertThat(overview.documents()).isEqualTo(4);
        assertThat(overview.openGross()).isEqualByComparingTo("150.00");
        assertThat(overview.paidGross()).isEqualByComparingTo("89.00");
        assertThat(overview.years()).containsExactly(today.getYear());
        assertThat(items)
                .extracting(InvoiceItem::kind)
                .containsExactly(
                        InvoiceKind.INVOICE, InvoiceKind.INVOICE, InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE);
        assertThat(items).extracting(InvoiceItem::number).isSorted();
        assertThat(items.getLast().refersToNumber()).isEqualTo(items.get(1).number());
        assertThat(items.getLast().gross()).isEqualByComparingTo("-89.00");
        assertThat(items).extracting(InvoiceItem::payable).containsExactly(false, false, true, false);
        assertThat(Acting.as(testMembers.admin(), () -> administration.page(congress.id(), PageRequest.of(1, 3))))
                .extracting(InvoiceItem::id)
                .containsExactly(items.getLast().id());
        InvoiceFile pdf = Acting.as(
                testMembers.admin(), () -> administration.pdf(items.getLast().id(), Locale.GERMAN));
        assertThat(pdf.fileName()).isEqualTo("Stornorechnung-" + items.getLast().number() + ".pdf");
        assertThat(Acting.as(
                                testMembers.admin(),
                                () -> administration.pdf(items.getLast().id(), Locale.ENGLISH))
                        .fileName())
                .isEqualTo("Credit-note-" + items.getLast().number() + ".pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void the_accounting_export_is_csv_for_german_excel_safe_against_formulas_and_audited() {
        LoginAccount formula = testMembers.ensure(
                Contacts.uniqueEmail("formel"), "=HYPERLINK(\"http://x\")", "Formel", Set.of(Roles.MEMBER));
        RegistrationDetails registration =
                fixture.register(formula, congress, congress.paid(), "=HYPERLINK(\"http://x\")", "Formel");
        Acting.run(formula, () -> mine.cancel(RegistrationKey.member(registration.id())));
        List<InvoiceFixture.Row> rows = fixture.invoices(registration.id());

        byte[] csv = Acting.as(testMembers.admin(), () -> administration.exportCongress(congress.id(), Locale.GERMAN));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("Nummer;Art;Rechnungsdatum;Storno zu;Empfänger;");
        assertThat(lines).hasSize(3);
        assertThat(lines[1])
                .startsWith(rows.get(0).number() + ";Rechnung;")
                .contains(";\"'=HYPERLINK(\"\"http://x\"\") Formel\";")
                .contains(";74,79;19;14,21;89,00;storniert;");
        assertThat(lines[2])
                .startsWith(rows.get(1).number() + ";Stornorechnung;")
                .contains(";" + rows.get(0).number() + ";")
                .contains(";-74,79;19;-14,21;-89,00;;");
        assertThat(audits("congress:" + congress.id())).isOne();

        byte[] year = Acting.as(
                testMembers.admin(), () -> administration.exportYear(rows.get(0).year(), Locale.ENGLISH));
        String all = new String(year, StandardCharsets.UTF_8);
        assertThat(all)
                .contains("Number;Type;Date of issue")
                .contains(rows.get(0).number())
                .contains(rows.get(1).number());
        assertThat(audits("year:" + rows.get(0).year())).isPositive();
    }

    @Test
    void members_get_neither_the_list_nor_a_document_nor_the_export() {
        LoginAccount member = fixture.member("Blick");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        long invoice = fixture.invoices(registration.id()).getFirst().id();

        Acting.run(member, () -> {
            assertThatThrownBy(() -> administration.overview(congress.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.page(congress.id(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.pdf(invoice, Locale.GERMAN))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.exportCongress(congress.id(), Locale.GERMAN))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.exportYear(2027, Locale.GERMAN))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(audits("congress:" + congress.id())).isZero();
    }

    @Test
    void an_unknown_congress_or_document_is_not_found() {
        Acting.run(testMembers.admin(), () -> {
            assertThatThrownBy(() -> administration.overview(-1)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> administration.pdf(-1, Locale.GERMAN)).isInstanceOf(NotFoundException.class);
        });
        assertThat(Acting.as(testMembers.admin(), () -> administration.overview(congress.id())))
                .satisfies(empty -> {
                    assertThat(empty.documents()).isZero();
                    assertThat(empty.openGross()).isEqualByComparingTo(BigDecimal.ZERO);
                    assertThat(empty.years()).isEmpty();
                });
    }

    private int audits(String target) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'INVOICES_EXPORTED' and target = ?",
                Integer.class,
                target));
    }
}
