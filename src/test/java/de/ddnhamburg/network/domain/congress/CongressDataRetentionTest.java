package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.common.export.ExportFormat;
import de.ddnhamburg.network.domain.congress.checkin.CheckInOutcome;
import de.ddnhamburg.network.domain.congress.checkin.CheckInService;
import de.ddnhamburg.network.domain.congress.export.CongressExportService;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceAdministrationService;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFile;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFixture;
import de.ddnhamburg.network.domain.congress.invoice.InvoicePaymentService;
import de.ddnhamburg.network.domain.congress.print.CongressCertificateService;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.privacy.PersonalDataExport;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.PdfReading;
import de.ddnhamburg.network.support.RecordedAttendance;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Privacy after the congress (issue 11 point 8): the retention job erases the needs and the guests'
 * personal data once the configured days after the congress have passed, exactly those and once;
 * the dashboard, the catering counts, the invoices and the members' certificates stay. And a
 * member's registrations are in the data export and are released by the account's deletion.
 */
@IntegrationTest
class CongressDataRetentionTest {

    /** 10:00 in Hamburg; the fixture's congress is 60 days later, on Thursday 11 March 2027. */
    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

    private static final BillingAddress GUEST_BILLING =
            new BillingAddress("Gast & Partner GbR", "Deichstraße 9", "20459", "Hamburg");

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    CongressDataRetention retention;

    @Autowired
    CongressErasureService erasures;

    @Autowired
    MemberCongressRegistrationService memberRegistrations;

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    CheckInService checkIns;

    @Autowired
    InvoicePaymentService payments;

    @Autowired
    InvoiceAdministrationService invoices;

    @Autowired
    CongressDashboardService dashboards;

    @Autowired
    CongressExportService exports;

    @Autowired
    CongressCertificateService certificates;

    @Autowired
    RecordedAttendance attendance;

    @Autowired
    PersonalDataExport personalData;

    @Autowired
    AccountService accounts;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private InvoiceFixture.Congress congress;
    private LocalDate erasesOn;

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        clock.set(NOW);
        congress = fixture.congress();
        LocalDate lastDay = Objects.requireNonNull(
                jdbc.queryForObject("select first_day from congress where id = ?", LocalDate.class, congress.id()));
        // 90 days after the last day by default (application.properties); erased on the day after.
        erasesOn = lastDay.plusDays(91);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void after_the_configured_days_exactly_the_needs_and_the_guests_data_go_once_and_every_figure_stays()
            throws Exception {
        LoginAccount mia = fixture.member("Bedarf");
        LoginAccount max = fixture.member("Ohne");
        long miaId = registerMember(mia, congress.paid(), "Vegetarisch, glutenfrei", "Rollstuhl");
        long maxId = registerMember(max, congress.free(), "vegan", null);
        String gustav = "gast-" + UUID.randomUUID() + "@example.org";
        String greta = "gast-" + UUID.randomUUID() + "@example.org";
        long gustavId = registerGuest(gustav, congress.paid(), "Gustav", "Gast", "vegetarisch.", "Hörschleife");
        long gretaId = registerGuest(greta, congress.free(), "Greta", "Gast", "keine Pilze", null);
        long invoiceId = fixture.invoices(gustavId).getFirst().id();
        Acting.run(testMembers.admin(), () -> {
            assertThat(checkIns.checkIn(congress.id(), miaId, "Platz 1").outcome())
                    .isEqualTo(CheckInOutcome.CHECKED_IN);
            assertThat(checkIns.checkIn(congress.id(), gustavId, "Platz 2").outcome())
                    .isEqualTo(CheckInOutcome.CHECKED_IN);
            payments.markRegistrationPaid(gustavId, LocalDate.of(2027, 1, 10));
        });
        // The certificates ask the tests' stand-in for the check-in (primary in the test context).
        attendance.checkIn(congress.id(), miaId);
        List<Long> ids = List.of(miaId, maxId, gustavId, gretaId);
        Map<Long, Map<String, @Nullable Object>> rows = rows(ids);
        Figures before = figures(invoiceId);
        assertThat(before.dashboard().checkIn().checkedIn()).isEqualTo(2);
        assertThat(tokens(gustavId) + tokens(gretaId)).isPositive();
        assertThat(mails(gustav)).isPositive();
        assertThat(mails(greta)).isPositive();
        int miasMails = mails(mia.email());
        assertThat(miasMails).isPositive();
        assertThat(before.catering()).anyMatch(line -> line.contains("keine pilze"));
        assertThat(Acting.as(testMembers.admin(), () -> erasures.erasure(congress.id())))
                .isEqualTo(new PersonalDataErasure(erasesOn, 90, null));

        // The last minute before the day of erasure: nothing goes.
        clock.set(erasesOn.atStartOfDay(ClockConfig.DISPLAY_ZONE).toInstant().minusSeconds(60));
        retention.eraseExpired();
        assertThat(rows(ids)).isEqualTo(rows);
        assertThat(mails(gustav)).isPositive();

        // The retention jobs' run on that day.
        clock.set(erasesOn.atStartOfDay(ClockConfig.DISPLAY_ZONE).plusHours(4).toInstant());
        assertThat(retention.eraseExpired()).isGreaterThanOrEqualTo(ids.size());

        Map<Long, Map<String, @Nullable Object>> after = rows(ids);
        // Members keep everything but their needs: their history and certificates name them.
        assertThat(row(after, miaId)).isEqualTo(withoutNeeds(row(rows, miaId)));
        assertThat(row(after, maxId)).isEqualTo(withoutNeeds(row(rows, maxId)));
        assertThat(row(after, miaId).get("billing_street")).isEqualTo("Speicherstadt 7");
        // Guests keep no name, address, organisation, billing address or needs; status, category,
        // ticket code and dates stay.
        assertThat(row(after, gustavId)).isEqualTo(erasedGuest(row(rows, gustavId), gustavId));
        assertThat(row(after, gretaId)).isEqualTo(erasedGuest(row(rows, gretaId), gretaId));
        assertThat(tokens(gustavId) + tokens(gretaId)).isZero();
        assertThat(mails(gustav)).isZero();
        assertThat(mails(greta)).isZero();
        assertThat(mails(mia.email())).isEqualTo(miasMails);

        // The figures stay: dashboard, catering counts (without the answers' wording), invoices.
        Figures now = figures(invoiceId);
        assertThat(now.dashboard()).isEqualTo(before.dashboard());
        assertThat(now.catering())
                .isEqualTo(before.catering().stream()
                        .filter(line -> !line.startsWith("Wortlaut"))
                        .toList());
        assertThat(now.invoicePdfBase64()).isEqualTo(before.invoicePdfBase64());
        assertThat(PdfReading.text(now.invoicePdf()))
                .contains("Gustav Gast")
                .contains("Deichstraße 9")
                .contains("89,00");
        assertThat(now.invoiceCsv()).isEqualTo(before.invoiceCsv()).contains("Gustav Gast");
        assertThat(fixture.invoices(gustavId))
                .singleElement()
                .satisfies(invoice -> assertThat(invoice.status()).isEqualTo("PAID"));
        String certificate = PdfReading.text(Acting.as(mia, () -> certificates.mine(RegistrationKey.member(miaId))));
        assertThat(certificate).contains("Mia Bedarf");
        assertThat(Acting.as(testMembers.admin(), () -> erasures.erasure(congress.id()))
                        .erasedAt())
                .isEqualTo(clock.instant());

        // Again, a day later: nothing left to erase, nothing changes.
        clock.advance(Duration.ofDays(1));
        assertThat(retention.eraseExpired()).isZero();
        assertThat(rows(ids)).isEqualTo(after);
        assertThat(figures(invoiceId).dashboard()).isEqualTo(before.dashboard());
    }

    @Test
    void the_number_of_days_is_configurable(
            @Autowired CongressRepository congresses,
            @Autowired CongressRegistrationRepository registrations,
            @Autowired CongressPlacement placement,
            @Autowired CongressGuestTokens guestTokens,
            @Autowired MailOutbox outbox,
            @Autowired MemberLookup members,
            @Autowired ApplicationEventPublisher events,
            @Autowired PlatformTransactionManager transactions) {
        String guest = "gast-" + UUID.randomUUID() + "@example.org";
        long id = registerGuest(guest, congress.free(), "Gisela", "Gast", null, null);
        LocalDate weekAfter = erasesOn.minusDays(91).plusDays(8);
        CongressDataRetention afterSevenDays = new CongressDataRetention(
                congresses,
                registrations,
                placement,
                guestTokens,
                outbox,
                members,
                events,
                new CongressPrivacyProperties(7),
                clock,
                transactions);

        clock.set(
                weekAfter.atStartOfDay(ClockConfig.DISPLAY_ZONE).minusMinutes(1).toInstant());
        afterSevenDays.eraseExpired();
        assertThat(lastName(id)).isEqualTo("Gast");

        clock.set(weekAfter.atStartOfDay(ClockConfig.DISPLAY_ZONE).plusHours(4).toInstant());
        // Under the default of 90 days, a week is not enough; with 7 it is.
        retention.eraseExpired();
        assertThat(lastName(id)).isEqualTo("Gast");
        afterSevenDays.eraseExpired();
        assertThat(lastName(id)).isEqualTo(CongressRegistrationPersonalData.ERASED_NAME);
        assertThat(mails(guest)).isZero();
    }

    @Test
    void a_members_registration_is_in_the_export_and_deleting_the_account_gives_the_place_to_the_next() {
        LoginAccount leaving = fixture.member("Geht");
        LoginAccount waiting = fixture.member("Wartet");
        long leavingId = registerMember(leaving, congress.small(), "laktosefrei", null);
        long waitingId = registerMember(waiting, congress.small(), null, null);
        assertThat(status(waitingId)).isEqualTo("WAITLISTED");
        String ticket = Objects.requireNonNull(jdbc.queryForObject(
                "select ticket_code from congress_registration where id = ?", String.class, leavingId));

        String export =
                new String(Acting.as(leaving, () -> personalData.exportMine()).content(), StandardCharsets.UTF_8);
        assertThat(export)
                .contains("\"congressRegistrations\"")
                .contains(ticket)
                .contains("Einzelplatz")
                .contains("laktosefrei");
        int waitingMails = new GuestMailbox(jdbc).to(waiting.email()).size();

        Acting.run(leaving, () -> accounts.deleteAccount(TestMembers.PASSWORD));

        assertThat(status(leavingId)).isEqualTo("CANCELLED");
        assertThat(lastName(leavingId)).isEqualTo(CongressRegistrationPersonalData.ERASED_NAME);
        assertThat(row(rows(List.of(leavingId)), leavingId).get("dietary_needs"))
                .isNull();
        assertThat(status(waitingId)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject(
                        "select status from congress_session_choice where registration_id = ?",
                        String.class,
                        waitingId))
                .isEqualTo("SEATED");
        assertThat(new GuestMailbox(jdbc).to(waiting.email())).hasSizeGreaterThan(waitingMails);
    }

    @Test
    void only_admins_learn_when_the_data_are_erased() {
        LoginAccount member = fixture.member("Neugierig");
        for (LoginAccount notAdmin : List.of(member, testMembers.checkIn())) {
            assertThatThrownBy(() -> Acting.as(notAdmin, () -> erasures.erasure(congress.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> erasures.erasure(congress.id()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** What the admins see about the congress, and the invoice as issued. */
    record Figures(CongressDashboard dashboard, List<String> catering, String invoicePdfBase64, String invoiceCsv) {

        byte[] invoicePdf() {
            return Base64.getDecoder().decode(invoicePdfBase64);
        }
    }

    private Figures figures(long invoiceId) {
        return Acting.as(testMembers.admin(), () -> {
            String catering = new String(
                    exports.catering(congress.id(), ExportFormat.CSV, Locale.GERMAN), StandardCharsets.UTF_8);
            InvoiceFile pdf = invoices.pdf(invoiceId, Locale.GERMAN);
            return new Figures(
                    dashboards.dashboard(congress.id()),
                    catering.lines().toList(),
                    Base64.getEncoder().encodeToString(pdf.content()),
                    new String(invoices.exportCongress(congress.id(), Locale.GERMAN), StandardCharsets.UTF_8));
        });
    }

    private long registerMember(
            LoginAccount member, long category, @Nullable String dietary, @Nullable String accessibility) {
        RegistrationRequest request = new RegistrationRequest(
                congress.id(),
                category,
                null,
                "Mia",
                lastNameOf(member),
                null,
                "Elbe Consult GmbH",
                List.of(new SessionPick(congress.workshopSlot(), congress.workshop(), null)),
                new RegistrationAnswers(dietary, accessibility, dietary != null || accessibility != null, true, null),
                new BillingAddress("Elbe Consult GmbH", "Speicherstadt 7", "20095", "Hamburg"),
                true,
                Locale.GERMAN);
        return Acting.as(member, () -> memberRegistrations.register(request)).id();
    }

    private String lastNameOf(LoginAccount member) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select last_name from member where id = ?", String.class, member.memberId()));
    }

    private long registerGuest(
            String email,
            long category,
            String firstName,
            String lastName,
            @Nullable String dietary,
            @Nullable String accessibility) {
        guests.register(new RegistrationRequest(
                congress.id(),
                category,
                null,
                firstName,
                lastName,
                email,
                "Gast & Partner GbR",
                List.of(new SessionPick(congress.workshopSlot(), congress.workshop(), null)),
                new RegistrationAnswers(
                        dietary, accessibility, dietary != null || accessibility != null, true, HeardFrom.COLLEAGUES),
                GUEST_BILLING,
                true,
                Locale.GERMAN));
        guestConfirmations.confirm(new GuestMailbox(jdbc).last(email).token(PublicLinks.CONGRESS_GUEST_CONFIRM));
        return Objects.requireNonNull(
                jdbc.queryForObject("select id from congress_registration where email = ?", Long.class, email));
    }

    /** Each registration's row, without what every write changes (version, updated_at). */
    private Map<Long, Map<String, @Nullable Object>> rows(List<Long> ids) {
        Map<Long, Map<String, @Nullable Object>> rows = new HashMap<>();
        for (long id : ids) {
            Map<String, @Nullable Object> row = new HashMap<>();
            jdbc.queryForMap("select * from congress_registration where id = ?", id)
                    .forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value));
            row.remove("version");
            row.remove("updated_at");
            rows.put(id, row);
        }
        return rows;
    }

    private static Map<String, @Nullable Object> row(Map<Long, Map<String, @Nullable Object>> rows, long id) {
        return Objects.requireNonNull(rows.get(id), "a row read");
    }

    private static Map<String, @Nullable Object> withoutNeeds(Map<String, @Nullable Object> row) {
        Map<String, @Nullable Object> expected = new HashMap<>(row);
        expected.put("dietary_needs", null);
        expected.put("accessibility_needs", null);
        expected.put("health_consent_at", null);
        return expected;
    }

    private static Map<String, @Nullable Object> erasedGuest(Map<String, @Nullable Object> row, long id) {
        Map<String, @Nullable Object> expected = withoutNeeds(row);
        expected.put("first_name", CongressRegistrationPersonalData.ERASED_NAME);
        expected.put("last_name", CongressRegistrationPersonalData.ERASED_NAME);
        expected.put("email", "geloescht-" + id + "@invalid.invalid");
        expected.put("person_key", "g:erased-" + id);
        expected.put("organisation", null);
        expected.put("show_in_participants", false);
        expected.put("heard_from", null);
        expected.put("billing_organisation", null);
        expected.put("billing_street", null);
        expected.put("billing_postcode", null);
        expected.put("billing_city", null);
        return expected;
    }

    private int tokens(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from congress_guest_token where registration_id = ?", Integer.class, registrationId));
    }

    private int mails(String recipient) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class, recipient));
    }

    private String status(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select status from congress_registration where id = ?", String.class, registrationId));
    }

    private String lastName(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select last_name from congress_registration where id = ?", String.class, registrationId));
    }
}
