package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with people of the Hamburg network, so that a newcomer sees a living
 * platform at the first start. Switched off by {@code app.demo-data.enabled=false}; never in prod.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(2)
class DemoDataLoader implements ApplicationRunner {

    /** Documented in the README; every demo account uses it. */
    static final String DEMO_PASSWORD = "ddn-demo-passwort";

    static final String ADMIN_EMAIL = "admin@ddn-hamburg.de";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MemberProvisioning provisioning;

    DemoDataLoader(MemberProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisioning.hasNoMembers()) {
            return;
        }
        // One expensive Argon2 encoding shared by all demo accounts keeps the first start fast.
        String hash = provisioning.encodePassword(DEMO_PASSWORD);
        provisioning.createActive(
                new NewMember(ADMIN_EMAIL, "Katrin", "Albers", "ddn Hamburg",
                        Set.of("demografischer-wandel", "netzwerken"), Set.of(Roles.MEMBER, Roles.ADMIN)),
                hash);
        for (DemoMember member : MEMBERS) {
            provisioning.createActive(member.toNewMember(), hash);
        }
        LOG.info("Loaded demo data: {} members; every demo account uses the password from the README",
                MEMBERS.size() + 1);
    }

    private record DemoMember(String firstName, String lastName, @Nullable String organisation, String... topics) {

        NewMember toNewMember() {
            String local = (firstName + "." + lastName)
                    .toLowerCase(java.util.Locale.GERMAN)
                    .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                    .replace(' ', '-');
            return new NewMember(local + "@example.org", firstName, lastName, organisation, Set.of(topics),
                    Set.of(Roles.MEMBER));
        }
    }

    private static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("Rieke", "Sommerfeld", "Berufswege Hamburg", "wiedereinstieg-back-in-job", "netzwerken", "neue-arbeitsformen"),
            new DemoMember("Claudia", "Harms", "Harms Coaching", "netzwerken", "fuehrung", "wiedereinstieg-back-in-job"),
            new DemoMember("Christina", "Voss", "Netzwerk berufstätiger Eltern", "vereinbarkeit-familie-beruf", "wiedereinstieg-back-in-job"),
            new DemoMember("Jens", "Petersen", "Nordbahn Verkehrsbetriebe", "demografischer-wandel", "generationenmanagement", "gesundheit-im-betrieb"),
            new DemoMember("Aylin", "Yılmaz", "Alsterhandel GmbH", "diversity", "digitalisierung-der-arbeitswelt", "fuehrung"),
            new DemoMember("Henning", "Brandt", "Hanse Personaldienste", "fachkraeftesicherung", "demografischer-wandel"),
            new DemoMember("Birte", "Lorenzen", "Klinikum Eppendorfer Park", "gesundheit-im-betrieb", "vereinbarkeit-familie-beruf"),
            new DemoMember("Thomas", "Wagner", "Finkenwerder Luftfahrttechnik", "lebenslanges-lernen", "digitalisierung-der-arbeitswelt"),
            new DemoMember("Silke", "Jansen", "Jobbrücke Hamburg-Mitte", "wiedereinstieg-back-in-job", "fachkraeftesicherung"),
            new DemoMember("Malte", "Schröder", "Hochschule am Berliner Tor", "lebenslanges-lernen", "demografischer-wandel", "neue-arbeitsformen"),
            new DemoMember("Frauke", "Dittmer", "Elbe Gesundheitskasse", "gesundheit-im-betrieb", "fuehrung"),
            new DemoMember("Okan", "Demir", "Hafenlogistik Waltershof", "generationenmanagement", "fachkraeftesicherung"),
            new DemoMember("Wiebke", "Carstens", "Carstens Personalberatung", "fachkraeftesicherung", "diversity", "netzwerken"),
            new DemoMember("Lars", "Hinrichsen", "Innung Sanitär Hamburg", "lebenslanges-lernen", "fachkraeftesicherung"),
            new DemoMember("Nadine", "Koch", "Eimsbüttel Kosmetik AG", "vereinbarkeit-familie-beruf", "diversity"),
            new DemoMember("Peter", "Möller", null, "demografischer-wandel", "netzwerken"),
            new DemoMember("Sabine", "Ehlers", "Pflegeverbund Harburg", "gesundheit-im-betrieb", "generationenmanagement"),
            new DemoMember("Dirk", "Rasmussen", "Sparkasse an der Elbe", "digitalisierung-der-arbeitswelt", "fuehrung"),
            new DemoMember("Anja", "Wulff", "Mentoring Nord e. V.", "lebenslanges-lernen", "wiedereinstieg-back-in-job"),
            new DemoMember("Mehmet", "Aksoy", "Aksoy IT-Beratung", "digitalisierung-der-arbeitswelt", "neue-arbeitsformen"),
            new DemoMember("Kerstin", "Bahr", "Bezirksamt Wandsbek", "demografischer-wandel", "vereinbarkeit-familie-beruf"),
            new DemoMember("Hauke", "Thiessen", "Thiessen & Partner Steuerberatung", "generationenmanagement", "fuehrung"),
            new DemoMember("Julia", "Neumann", "Hanseatic Networks", "netzwerken", "digitalisierung-der-arbeitswelt"),
            new DemoMember("Stefan", "Kruse", "Speicherstadt Spedition", "fachkraeftesicherung", "diversity"),
            new DemoMember("Maren", "Feddersen", "Feddersen Gesundheitsmanagement", "gesundheit-im-betrieb", "neue-arbeitsformen"),
            new DemoMember("Tobias", "Lange", "Stiftung Generationen Hamburg", "demografischer-wandel", "lebenslanges-lernen"),
            new DemoMember("Gesa", "Martens", "Elbe-Werkstätten", "diversity", "gesundheit-im-betrieb"),
            new DemoMember("Jan-Hendrik", "Böttcher", "Böttcher Organisationsentwicklung", "fuehrung", "neue-arbeitsformen", "generationenmanagement"),
            new DemoMember("Elena", "Petrova", "Welcome Center Hamburg", "diversity", "fachkraeftesicherung", "wiedereinstieg-back-in-job"),
            new DemoMember("Ute", "Claussen", null, "wiedereinstieg-back-in-job", "vereinbarkeit-familie-beruf", "lebenslanges-lernen"));
}
