package de.ddnhamburg.network.domain.congress.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.Hold;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.domain.congress.RosterScenario;
import de.ddnhamburg.network.domain.congress.RosterScenario.Person;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.PdfReading;
import de.ddnhamburg.network.support.RecordedAttendance;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Badges and certificates through their services: who is on them, who may print them, the audit. */
@IntegrationTest
class CongressPrintServicesTest {

    @Autowired
    RosterScenario scenario;

    @Autowired
    CongressBadgeService badges;

    @Autowired
    CongressCertificateService certificates;

    @Autowired
    RecordedAttendance attendance;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private RosterScenario.Congress congress;

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        clock.set(RosterScenario.BEFORE);
        congress = scenario.congress();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_sheet_holds_the_confirmed_people_alphabetically_and_each_qr_code_decodes_to_its_ticket() {
        long zoe = scenario.register(
                congress, congress.memberCategory(), Person.named("Zoë", "Zander", "Zeitwerk GmbH"), congress.large());
        long anna = scenario.register(
                congress, congress.speakerCategory(), Person.named("Anna", "Ärmel", "Uni Hamburg"), congress.large());
        long bert = scenario.register(congress, congress.memberCategory(), Person.named("Bert", "Brandt", null));
        long waiting = scenario.register(
                congress, congress.reducedCategory(), Person.named("Wanda", "Wartend", null), Hold.awaitingApproval());
        long cancelled = scenario.register(congress, congress.memberCategory(), Person.named("Carl", "Cancel", null));
        scenario.cancel(cancelled);
        SecurityTestSupport.signIn(testMembers.admin());

        assertThat(badges.count(congress.id(), RosterFilter.confirmed())).isEqualTo(3);
        byte[] pdf = badges.sheet(congress.id(), RosterFilter.confirmed());

        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
        // German order: Ärmel sorts with A, before Brandt.
        List<Long> order = List.of(anna, bert, zoe);
        var page = PdfReading.render(pdf, 0);
        for (int index = 0; index < order.size(); index++) {
            String code = scenario.ticketCode(order.get(index));
            assertThat(PdfReading.qrCode(PdfReading.crop(page, BadgeSheetTest.badgeArea(index))))
                    .isEqualTo(code);
            assertThat(PdfReading.textIn(pdf, 0, BadgeSheetTest.badgeArea(index)))
                    .contains(code);
        }
        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains("Anna Ärmel", "Uni Hamburg", "Referent:in", "Bert Brandt", "Zoë Zander", "Zeitwerk GmbH")
                .doesNotContain("Wanda", "Carl");
        assertThat(PdfReading.textIn(pdf, 0, BadgeSheetTest.badgeArea(3))).isBlank();
        assertThat(lastAudit()).containsExactly("CONGRESS_BADGES_PRINTED", "congress:" + congress.id());
        assertThat(scenario.status(waiting)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void the_filter_takes_a_category_a_status_or_the_people_seated_in_a_workshop() {
        long seated = scenario.register(
                congress, congress.memberCategory(), Person.named("Sina", "Sitzt", null), congress.small(null));
        long secondChoice = scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Erik", "Ersatz", null),
                congress.small(congress.largeWorkshop()));
        long large = scenario.register(
                congress, congress.speakerCategory(), Person.named("Lara", "Groß", null), congress.large());
        scenario.register(
                congress, congress.reducedCategory(), Person.named("Fritz", "Freigabe", null), Hold.awaitingApproval());
        SecurityTestSupport.signIn(testMembers.admin());

        assertThat(text(new RosterFilter(null, null, congress.smallWorkshop())))
                .contains("Sina Sitzt")
                .doesNotContain("Erik", "Lara", "Fritz");
        assertThat(text(new RosterFilter(null, null, congress.largeWorkshop())))
                .as("the second choice's seat is where Erik sits meanwhile")
                .contains("Erik Ersatz", "Lara Groß")
                .doesNotContain("Sina");
        assertThat(text(new RosterFilter(congress.speakerCategory(), null, null)))
                .contains("Lara Groß")
                .doesNotContain("Sina", "Erik");
        assertThat(text(new RosterFilter(null, CongressRegistrationStatus.AWAITING_APPROVAL, null)))
                .contains("Fritz Freigabe")
                .doesNotContain("Sina", "Lara");
        assertThat(List.of(seated, secondChoice, large)).doesNotHaveDuplicates();
        assertThatThrownBy(() -> badges.sheet(
                        congress.id(), new RosterFilter(null, CongressRegistrationStatus.WAITLISTED, null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.badges.none");
    }

    @Test
    void one_badge_is_found_by_name_or_code_and_reprinted_but_not_for_a_cancelled_registration() {
        long jorg = scenario.register(
                congress, congress.memberCategory(), Person.named("Jörg", "Weiß", "Handelskammer"), congress.large());
        long gone = scenario.register(congress, congress.memberCategory(), Person.named("Gustav", "Gegangen", null));
        scenario.cancel(gone);
        SecurityTestSupport.signIn(testMembers.admin());
        String code = scenario.ticketCode(jorg);

        assertThat(badges.find(congress.id(), "weiß"))
                .extracting(BadgeHolder::registrationId)
                .containsExactly(jorg);
        assertThat(badges.find(congress.id(), code.toLowerCase(java.util.Locale.ROOT)))
                .extracting(BadgeHolder::name)
                .containsExactly("Jörg Weiß");
        assertThat(badges.find(congress.id(), "handelsk")).hasSize(1);
        assertThat(badges.find(congress.id(), "%")).as("taken literally").isEmpty();
        assertThat(badges.find(congress.id(), "   ")).isEmpty();

        byte[] pdf = badges.single(jorg);

        assertThat(PdfReading.qrCode(PdfReading.crop(PdfReading.render(pdf, 0), BadgeSheetTest.badgeArea(0))))
                .isEqualTo(code);
        assertThat(PdfReading.text(pdf)).contains("Jörg Weiß");
        assertThat(lastAudit()).containsExactly("CONGRESS_BADGES_PRINTED", "congress-registration:" + jorg);
        assertThatThrownBy(() -> badges.single(gone))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.badges.cancelled");
        assertThatThrownBy(() -> badges.single(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_admins_print_badges_and_certificates() {
        long id = scenario.register(congress, congress.memberCategory(), Person.named("Rita", "Rolle", null));
        attendance.checkIn(congress.id(), id);

        for (Runnable signIn : List.<Runnable>of(
                () -> SecurityTestSupport.signIn(testMembers.member()),
                CongressPrintServicesTest::signInAsCheckInHelper)) {
            signIn.run();
            assertThatThrownBy(() -> badges.sheet(congress.id(), RosterFilter.confirmed()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> badges.single(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> badges.find(congress.id(), "Rita")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> badges.count(congress.id(), RosterFilter.confirmed()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> certificates.all(congress.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> certificates.attendeeCount(congress.id()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SecurityTestSupport.signOut();
        assertThatThrownBy(() -> badges.single(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> certificates.all(congress.id()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void admins_print_the_certificates_of_everyone_checked_in_with_the_programme_each_had_a_place_in() {
        long present = scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Petra", "Präsent", "Stadtteilschule Altona"),
                congress.small(null));
        long english = scenario.register(
                congress,
                congress.speakerCategory(),
                Person.named("Emily", "Evans", "University of Leeds").speaking("en"),
                congress.large());
        scenario.register(congress, congress.memberCategory(), Person.named("Nora", "Nichtda", null));
        attendance.checkIn(congress.id(), present);
        attendance.checkIn(congress.id(), english);
        SecurityTestSupport.signIn(testMembers.admin());

        assertThat(certificates.attendeeCount(congress.id())).isEqualTo(2);
        byte[] pdf = certificates.all(congress.id());

        assertThat(PdfReading.pages(pdf)).isEqualTo(2);
        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Teilnahmebescheinigung", "Petra Präsent", "Stadtteilschule Altona", congress.smallTitle())
                .contains("Certificate of attendance", "Emily Evans", congress.largeTitle())
                .contains(congress.keynoteTitle(), "1. März 2027", "Handelskammer Hamburg", "Katrin Albers")
                .doesNotContain("Nora");
        // Alphabetically Evans comes first: the second page is Petra's.
        String emily = text.substring(0, text.indexOf("Teilnahmebescheinigung"));
        String petra = text.substring(text.indexOf("Teilnahmebescheinigung"));
        assertThat(emily).contains("Emily Evans", congress.largeTitle()).doesNotContain(congress.smallTitle());
        assertThat(petra).contains("Petra Präsent", congress.smallTitle()).doesNotContain(congress.largeTitle());
        PdfReading.screenshot(PdfReading.render(pdf, 0), "certificate-en");
        PdfReading.screenshot(PdfReading.render(pdf, 1), "certificate-de");
        assertThat(lastAudit()).containsExactly("CONGRESS_CERTIFICATES_PRINTED", "congress:" + congress.id());
    }

    @Test
    void a_participant_gets_the_own_certificate_only_after_the_congress_and_only_when_checked_in() {
        SecurityTestSupport.signIn(testMembers.member());
        long mine = memberRegistration();
        long other = scenario.register(congress, congress.memberCategory(), Person.named("Otto", "Other", null));
        attendance.checkIn(congress.id(), other);
        RegistrationKey key = RegistrationKey.member(mine);

        assertThat(certificates.available(key)).as("not checked in").isFalse();
        attendance.checkIn(congress.id(), mine);
        assertThat(certificates.available(key))
                .as("before the congress is over")
                .isFalse();
        assertThatThrownBy(() -> certificates.mine(key))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.certificate.notAvailable");

        clock.set(RosterScenario.AFTER);

        assertThat(certificates.available(key)).isTrue();
        assertThat(PdfReading.text(certificates.mine(key))).contains("Teilnahmebescheinigung", "Mira Member");
        assertThatThrownBy(() -> certificates.mine(RegistrationKey.member(other)))
                .as("someone else's")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.available(RegistrationKey.member(other)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobody_checked_in_means_no_certificates() {
        scenario.register(congress, congress.memberCategory(), Person.named("Ida", "Ignoriert", null));
        SecurityTestSupport.signIn(testMembers.admin());

        assertThat(certificates.attendeeCount(congress.id())).isZero();
        assertThatThrownBy(() -> certificates.all(congress.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("congress.certificate.none");
    }

    /** The test member's own registration, written as the member's (the key checks the member id). */
    private long memberRegistration() {
        long id = scenario.register(congress, congress.memberCategory(), Person.named("Mira", "Member", null));
        scenario.belongTo(id, testMembers.member().memberId());
        return id;
    }

    private String text(RosterFilter filter) {
        return PdfReading.text(badges.sheet(congress.id(), filter));
    }

    private List<String> lastAudit() {
        return jdbc.queryForObject(
                "select action, target from audit_entry order by id desc limit 1",
                (rs, row) -> List.of(rs.getString(1), rs.getString(2)));
    }

    /** Someone who may only check people in at the door (the role the check-in brings): no admin. */
    static void signInAsCheckInHelper() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "desk@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_CHECK_IN"))));
    }
}
