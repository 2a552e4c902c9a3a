package de.ddnhamburg.network.ui.congress.print;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.domain.congress.RosterScenario;
import de.ddnhamburg.network.domain.congress.RosterScenario.Person;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.PdfReading;
import de.ddnhamburg.network.support.RecordedAttendance;
import de.ddnhamburg.network.ui.congress.registration.MyCongressRegistrationView;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The certificate of attendance on "Meine Anmeldung": after the congress, for those checked in. */
class CertificateDownloadTest extends KaribuTest {

    @Autowired
    RosterScenario scenario;

    @Autowired
    RecordedAttendance attendance;

    @Autowired
    MutableClock clock;

    private RosterScenario.Congress congress;
    private long registration;

    @BeforeEach
    void register() {
        clock.set(RosterScenario.BEFORE);
        congress = scenario.congress();
        LoginAccount member =
                testMembers.ensure(Contacts.uniqueEmail("bescheinigt"), "Bea", "Bescheinigt", Set.of(Roles.MEMBER));
        registration = scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Bea", "Bescheinigt", "Kita Eimsbüttel"),
                congress.large());
        scenario.belongTo(registration, member.memberId());
        login(member);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_checked_in_participant_downloads_the_certificate_once_the_congress_is_over() {
        attendance.checkIn(congress.id(), registration);
        navigate(MyCongressRegistrationView.class);
        _get(Div.class, spec -> spec.withId("registration-" + registration));
        _assertNone(Div.class, spec -> spec.withId("mine-certificate"));

        clock.set(RosterScenario.AFTER);
        navigate(MyCongressRegistrationView.class);

        _get(Div.class, spec -> spec.withId("mine-certificate"));
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("mine-certificate-download")));
        assertThat(PdfReading.text(pdf)).contains("Teilnahmebescheinigung", "Bea Bescheinigt", congress.largeTitle());
    }

    @Test
    void without_a_check_in_there_is_no_certificate() {
        clock.set(RosterScenario.AFTER);

        navigate(MyCongressRegistrationView.class);

        _get(Div.class, spec -> spec.withId("registration-" + registration));
        _assertNone(Div.class, spec -> spec.withId("mine-certificate"));
    }
}
