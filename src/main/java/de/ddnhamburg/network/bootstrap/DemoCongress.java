package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.congress.CongressDraft;
import de.ddnhamburg.network.domain.congress.CongressProvisioning;
import de.ddnhamburg.network.domain.congress.SessionDraft;
import de.ddnhamburg.network.domain.congress.SessionType;
import de.ddnhamburg.network.domain.congress.SlotDraft;
import de.ddnhamburg.network.domain.congress.SpeakerDraft;
import de.ddnhamburg.network.domain.congress.TicketCategoryDraft;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demo Fachkongress "Lernen und Arbeiten im 21. Jahrhundert": one day in spring (15 April of the
 * coming year, 2027 when the demo was written) at the Handelskammer, 300 places, a keynote, a
 * panel, two slots with three workshops each and a closing forum, five ticket categories and
 * speakers from the network and from outside. Published, with registration open, and with the
 * registrations of {@link DemoCongressRegistrations}.
 */
final class DemoCongress {

    static final String TITLE =
            "Lernen und Arbeiten im 21. Jahrhundert – Fachkongress zur Digitalisierung der Arbeitswelt";
    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    private DemoCongress() {}

    /** The next 15 April that is at least a few weeks away. */
    static LocalDate congressDay(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(HAMBURG));
        LocalDate day = LocalDate.of(today.getYear(), Month.APRIL, 15);
        return day.isAfter(today.plusWeeks(4)) ? day : day.plusYears(1);
    }

    static long load(CongressProvisioning congress, Map<String, Long> members, Map<String, Long> groups, Clock clock) {
        LocalDate day = congressDay(clock);
        long id = congress.create(new CongressDraft(
                TITLE,
                "Der Fachkongress des ddn-Netzwerks Hamburg",
                "Digitale Werkzeuge, künstliche Intelligenz und hybride Teams verändern, wie wir lernen und"
                        + " arbeiten. Einen Tag lang tauschen sich Fachleute aus Unternehmen, Beratung, Bildung"
                        + " und Verwaltung darüber aus, was das für Beschäftigte jeden Alters bedeutet: in"
                        + " Vorträgen, auf dem Podium und in Workshops, in denen Sie selbst mitarbeiten.\n\n"
                        + "Und natürlich bleibt Zeit zum Netzwerken: beim Mittagessen, in den Pausen und beim"
                        + " Ausklang im Foyer.",
                day,
                1,
                "Handelskammer Hamburg",
                "Adolphsplatz 1, 20457 Hamburg",
                clock.instant().minusSeconds(86_400),
                day.minusDays(7).atTime(23, 59).atZone(HAMBURG).toInstant(),
                day.minusDays(14).atTime(23, 59).atZone(HAMBURG).toInstant(),
                300,
                "Katrin Albers",
                "kongress@ddn-hamburg.de"));
        long memberCategory = category(
                congress,
                id,
                "Mitglied",
                "Für Mitglieder des ddn-Netzwerks Hamburg.",
                "0",
                0,
                200,
                TicketEligibility.MEMBERS,
                null,
                false);
        long paidCategory = category(
                congress,
                id,
                "Nichtmitglied",
                "Der reguläre Preis, inklusive Verpflegung.",
                "89",
                19,
                120,
                TicketEligibility.EVERYONE,
                null,
                false);
        long reducedCategory = category(
                congress,
                id,
                "ermäßigt",
                "Für Studierende, Auszubildende und Arbeitsuchende; bitte"
                        + " Nachweis bereithalten. Wir prüfen jede Anmeldung.",
                "39",
                19,
                40,
                TicketEligibility.EVERYONE,
                null,
                true);
        long speakerCategory = category(
                congress,
                id,
                "Referent:in",
                "Für unsere Referentinnen und Referenten, mit dem Code aus der" + " Einladung.",
                "0",
                0,
                30,
                TicketEligibility.ACCESS_CODE,
                "REFERENT-2027",
                false);
        category(
                congress,
                id,
                "Partner",
                "Für Partnerorganisationen, mit dem Code aus der Einladung.",
                "0",
                0,
                20,
                TicketEligibility.ACCESS_CODE,
                "PARTNER-2027",
                false);

        long hall = congress.room(id, "Börsensaal", 300);
        long elbe = congress.room(id, "Raum Elbe", 30);
        long alster = congress.room(id, "Raum Alster", 25);
        long bille = congress.room(id, "Raum Bille", 20);

        long keynoteSlot = congress.slot(id, new SlotDraft(1, LocalTime.of(9, 30), LocalTime.of(10, 15)));
        long panelSlot = congress.slot(id, new SlotDraft(1, LocalTime.of(10, 30), LocalTime.of(11, 30)));
        long firstWorkshops = congress.slot(id, new SlotDraft(1, LocalTime.of(11, 45), LocalTime.of(13, 15)));
        long secondWorkshops = congress.slot(id, new SlotDraft(1, LocalTime.of(14, 15), LocalTime.of(15, 45)));
        long forumSlot = congress.slot(id, new SlotDraft(1, LocalTime.of(16, 0), LocalTime.of(17, 0)));

        long feldmann = congress.speaker(
                id,
                new SpeakerDraft(
                        null,
                        "Prof. Dr. Kathrin Feldmann",
                        "Hochschule für Arbeit und Technik Hamburg",
                        "Forscht zu Lernen im Prozess der Arbeit und zu den Folgen künstlicher Intelligenz für"
                                + " Berufsbilder. Berät Sozialpartner und Kammern."));
        long ehlers = congress.speaker(
                id,
                new SpeakerDraft(
                        null,
                        "Dr. Jonas Ehlers",
                        "Institut für Arbeit und Digitalisierung",
                        "Begleitet Betriebe in Norddeutschland bei der Einführung hybrider Arbeitsmodelle."));
        long kroeger = congress.speaker(
                id,
                new SpeakerDraft(
                        null,
                        "Sabine Kröger",
                        "Kröger Organisationsberatung",
                        "Organisationsberaterin und Trainerin für Führung auf Distanz."));
        long aksoy = member(congress, id, members, "Mehmet Aksoy", "Aksoy IT-Beratung");
        long yilmaz = member(congress, id, members, "Aylin Yılmaz", "Alsterhandel GmbH");
        long wagner = member(congress, id, members, "Thomas Wagner", "Finkenwerder Luftfahrttechnik");
        long sommerfeld = member(congress, id, members, "Rieke Sommerfeld", "Berufswege Hamburg");
        long lorenzen = member(congress, id, members, "Birte Lorenzen", "Klinikum Eppendorfer Park");
        long harms = member(congress, id, members, "Claudia Harms", "Harms Coaching");

        congress.session(
                id,
                new SessionDraft(
                        SessionType.KEYNOTE,
                        "Lernen und Arbeiten im 21. Jahrhundert: Was die Digitalisierung von uns verlangt",
                        "Welche Fähigkeiten zählen, wenn Routinen von Maschinen übernommen werden? Ein Blick auf"
                                + " Forschung und Praxis: wie Lernen in die Arbeit wandert und warum Erfahrung wichtiger"
                                + " wird, nicht weniger wichtig.",
                        keynoteSlot,
                        hall,
                        Set.of(feldmann),
                        null,
                        null));
        congress.session(
                id,
                new SessionDraft(
                        SessionType.PANEL,
                        "Digital, hybrid, menschlich – wie Hamburger Betriebe Arbeit neu organisieren",
                        "Personalverantwortliche und Forschung im Gespräch: Was hat sich bewährt, was nicht, und"
                                + " wie gelingt es, alle Generationen mitzunehmen?",
                        panelSlot,
                        hall,
                        ordered(ehlers, yilmaz, wagner, aksoy),
                        groups.get("Digitale Arbeitswelt"),
                        null));
        long ki = congress.session(
                id,
                new SessionDraft(
                        SessionType.WORKSHOP,
                        "KI-Assistenten im Arbeitsalltag: Chancen, Grenzen, Regeln",
                        "Wir probieren Werkzeuge aus, sammeln Anwendungsfälle und entwerfen gemeinsam Eckpunkte für"
                                + " eine betriebliche Richtlinie.",
                        firstWorkshops,
                        elbe,
                        Set.of(aksoy),
                        groups.get("Digitale Arbeitswelt"),
                        30));
        long lernen = congress.session(
                id,
                new SessionDraft(
                        SessionType.WORKSHOP,
                        "Lernen im Prozess der Arbeit: Micro-Learning und Lernpfade",
                        "Wie kleine Lerneinheiten in den Arbeitstag passen, und was es braucht, damit sie wirken.",
                        firstWorkshops,
                        alster,
                        Set.of(wagner),
                        groups.get("Lernen im Unternehmen"),
                        25));
        long job = congress.session(
                id,
                new SessionDraft(
                        SessionType.WORKSHOP,
                        "Back in Job digital: Wiedereinstieg mit Online-Netzwerken",
                        "Profile, die gefunden werden, und Kontakte, die weiterhelfen: ein Praxisworkshop für den"
                                + " beruflichen Wiedereinstieg.",
                        firstWorkshops,
                        bille,
                        Set.of(sommerfeld),
                        groups.get("Wiedereinstieg & Back in Job"),
                        20));
        long fuehren = congress.session(
                id,
                new SessionDraft(
                        SessionType.WORKSHOP,
                        "Führen auf Distanz: hybride Teams gut begleiten",
                        "Vertrauen, Verbindlichkeit und gute Meetings, wenn nicht alle im selben Raum sind.",
                        secondWorkshops,
                        elbe,
                        Set.of(kroeger),
                        null,
                        30));
        long gesund = congress.session(
                id,
                new SessionDraft(
                        SessionType.WORKSHOP,
                        "Gesund arbeiten im Homeoffice",
                        "Ergonomie, Pausen und Grenzen: was Beschäftigte und Betriebe beitragen können.",
                        secondWorkshops,
                        alster,
                        Set.of(lorenzen),
                        groups.get("Gesundheit im Betrieb"),
                        25));
        long intro = congress.session(
                id,
                new SessionDraft(
                        SessionType.WORKSHOP,
                        "Netzwerken für Introvertierte: in kleinen Schritten zum Kontakt",
                        "Gemeinsamkeiten finden, Fragen stellen, nachfassen: Übungen für alle, denen Smalltalk nicht"
                                + " leichtfällt.",
                        secondWorkshops,
                        bille,
                        Set.of(harms),
                        null,
                        20));
        congress.session(
                id,
                new SessionDraft(
                        SessionType.FORUM,
                        "Abschlussforum: Was nehmen wir mit?",
                        "Die Workshops berichten, das Publikum fragt nach, und wir verabreden die nächsten Schritte im"
                                + " Netzwerk.",
                        forumSlot,
                        hall,
                        ordered(aksoy, feldmann),
                        null,
                        null));
        congress.publish(id);
        DemoCongressRegistrations.load(
                congress,
                id,
                members,
                new DemoCongressRegistrations.Categories(
                        memberCategory, paidCategory, reducedCategory, speakerCategory),
                new DemoCongressRegistrations.Workshops(
                        firstWorkshops, ki, lernen, job, secondWorkshops, fuehren, gesund, intro));
        return id;
    }

    private static long category(
            CongressProvisioning congress,
            long id,
            String name,
            String description,
            String price,
            int vat,
            int quota,
            TicketEligibility eligibility,
            @Nullable String code,
            boolean approval) {
        return congress.category(
                id,
                new TicketCategoryDraft(
                        name, description, new BigDecimal(price), vat, quota, eligibility, code, approval));
    }

    private static long member(
            CongressProvisioning congress, long id, Map<String, Long> members, String name, String organisation) {
        Long memberId = members.get(name);
        if (memberId == null) {
            throw new IllegalStateException("No demo member called " + name);
        }
        return congress.speaker(id, new SpeakerDraft(memberId, null, organisation, null));
    }

    private static Set<Long> ordered(Long... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }
}
