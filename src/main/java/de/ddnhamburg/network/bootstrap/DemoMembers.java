package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.domain.member.ProfileUpdate;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The 30 people of the Hamburg network that {@link DemoDataLoader} creates, with their profiles. */
final class DemoMembers {

    // Only read once to create the member; the varargs keep the list of demo members short.
    @SuppressWarnings("ArrayRecordComponent")
    record DemoMember(
            String firstName,
            String lastName,
            @Nullable String organisation,
            String position,
            District district,
            List<String> expertise,
            String... topics) {

        NewMember toNewMember() {
            String local = (firstName + "." + lastName)
                    .toLowerCase(java.util.Locale.GERMAN)
                    .replace("ä", "ae")
                    .replace("ö", "oe")
                    .replace("ü", "ue")
                    .replace("ß", "ss")
                    .replace(' ', '-');
            return new NewMember(
                    local + "@example.org", firstName, lastName, organisation, Set.of(topics), Set.of(Roles.MEMBER));
        }

        ProfileUpdate profile() {
            return new ProfileUpdate(
                    null,
                    firstName,
                    lastName,
                    organisation,
                    position,
                    district,
                    "Ich bin bei " + (organisation == null ? "verschiedenen Projekten" : organisation)
                            + " als " + position + " tätig und freue mich über Austausch zu "
                            + String.join(", ", expertise) + ".",
                    expertise,
                    Set.of(topics),
                    null,
                    null,
                    null,
                    null,
                    true,
                    Map.of());
        }
    }

    static final List<DemoMember> ALL = List.of(
            new DemoMember(
                    "Rieke",
                    "Sommerfeld",
                    "Berufswege Hamburg",
                    "Beraterin für berufliche Neuorientierung",
                    District.HAMBURG_NORD,
                    List.of("Bewerbungscoaching", "Netzwerken", "XING"),
                    "wiedereinstieg-back-in-job",
                    "netzwerken",
                    "neue-arbeitsformen"),
            new DemoMember(
                    "Claudia",
                    "Harms",
                    "Harms Coaching",
                    "Business-Coach",
                    District.EIMSBUETTEL,
                    List.of("Coaching", "Gesprächsführung", "Netzwerken"),
                    "netzwerken",
                    "fuehrung",
                    "wiedereinstieg-back-in-job"),
            new DemoMember(
                    "Christina",
                    "Voss",
                    "Netzwerk berufstätiger Eltern",
                    "Sprecherin",
                    District.WANDSBEK,
                    List.of("Teilzeitmodelle", "Elternzeit"),
                    "vereinbarkeit-familie-beruf",
                    "wiedereinstieg-back-in-job"),
            new DemoMember(
                    "Jens",
                    "Petersen",
                    "Nordbahn Verkehrsbetriebe",
                    "Personalleiter",
                    District.HAMBURG_MITTE,
                    List.of("Altersgerechte Arbeitsplätze", "Schichtarbeit"),
                    "demografischer-wandel",
                    "generationenmanagement",
                    "gesundheit-im-betrieb"),
            new DemoMember(
                    "Aylin",
                    "Yılmaz",
                    "Alsterhandel GmbH",
                    "Leiterin Diversity Management",
                    District.ALTONA,
                    List.of("Diversity Management", "Employer Branding"),
                    "diversity",
                    "digitalisierung-der-arbeitswelt",
                    "fuehrung"),
            new DemoMember(
                    "Henning",
                    "Brandt",
                    "Hanse Personaldienste",
                    "Geschäftsführer",
                    District.HAMBURG_MITTE,
                    List.of("Fachkräfte", "Ausbildung"),
                    "fachkraeftesicherung",
                    "demografischer-wandel"),
            new DemoMember(
                    "Birte",
                    "Lorenzen",
                    "Klinikum Eppendorfer Park",
                    "Betriebliches Gesundheitsmanagement",
                    District.HAMBURG_NORD,
                    List.of("BGM", "Resilienz"),
                    "gesundheit-im-betrieb",
                    "vereinbarkeit-familie-beruf"),
            new DemoMember(
                    "Thomas",
                    "Wagner",
                    "Finkenwerder Luftfahrttechnik",
                    "Leiter Aus- und Weiterbildung",
                    District.HARBURG,
                    List.of("Weiterbildung", "E-Learning"),
                    "lebenslanges-lernen",
                    "digitalisierung-der-arbeitswelt"),
            new DemoMember(
                    "Silke",
                    "Jansen",
                    "Jobbrücke Hamburg-Mitte",
                    "Arbeitsvermittlerin",
                    District.HAMBURG_MITTE,
                    List.of("Arbeitsvermittlung", "Wiedereinstieg"),
                    "wiedereinstieg-back-in-job",
                    "fachkraeftesicherung"),
            new DemoMember(
                    "Malte",
                    "Schröder",
                    "Hochschule am Berliner Tor",
                    "Professor für Arbeitswissenschaft",
                    District.HAMBURG_MITTE,
                    List.of("Arbeitswissenschaft", "Demografie"),
                    "lebenslanges-lernen",
                    "demografischer-wandel",
                    "neue-arbeitsformen"),
            new DemoMember(
                    "Frauke",
                    "Dittmer",
                    "Elbe Gesundheitskasse",
                    "Referentin Gesundheitsförderung",
                    District.WANDSBEK,
                    List.of("Gesundheitsförderung", "Resilienz"),
                    "gesundheit-im-betrieb",
                    "fuehrung"),
            new DemoMember(
                    "Okan",
                    "Demir",
                    "Hafenlogistik Waltershof",
                    "Personalreferent",
                    District.HARBURG,
                    List.of("Wissenstransfer", "Generationen"),
                    "generationenmanagement",
                    "fachkraeftesicherung"),
            new DemoMember(
                    "Wiebke",
                    "Carstens",
                    "Carstens Personalberatung",
                    "Inhaberin",
                    District.ALTONA,
                    List.of("Personalberatung", "Netzwerken"),
                    "fachkraeftesicherung",
                    "diversity",
                    "netzwerken"),
            new DemoMember(
                    "Lars",
                    "Hinrichsen",
                    "Innung Sanitär Hamburg",
                    "Bildungsberater",
                    District.BERGEDORF,
                    List.of("Ausbildung", "Handwerk"),
                    "lebenslanges-lernen",
                    "fachkraeftesicherung"),
            new DemoMember(
                    "Nadine",
                    "Koch",
                    "Eimsbüttel Kosmetik AG",
                    "Personalentwicklerin",
                    District.EIMSBUETTEL,
                    List.of("Personalentwicklung", "Teilzeitmodelle"),
                    "vereinbarkeit-familie-beruf",
                    "diversity"),
            new DemoMember(
                    "Peter",
                    "Möller",
                    null,
                    "Unternehmensberater im Ruhestand",
                    District.METROPOLITAN_REGION,
                    List.of("Mentoring", "Demografie"),
                    "demografischer-wandel",
                    "netzwerken"),
            new DemoMember(
                    "Sabine",
                    "Ehlers",
                    "Pflegeverbund Harburg",
                    "Pflegedienstleitung",
                    District.HARBURG,
                    List.of("Pflege", "Generationen"),
                    "gesundheit-im-betrieb",
                    "generationenmanagement"),
            new DemoMember(
                    "Dirk",
                    "Rasmussen",
                    "Sparkasse an der Elbe",
                    "Bereichsleiter Personal",
                    District.HAMBURG_MITTE,
                    List.of("New Work", "Führung auf Distanz"),
                    "digitalisierung-der-arbeitswelt",
                    "fuehrung"),
            new DemoMember(
                    "Anja",
                    "Wulff",
                    "Mentoring Nord e. V.",
                    "Projektleiterin Mentoring",
                    District.ALTONA,
                    List.of("Mentoring", "Wiedereinstieg"),
                    "lebenslanges-lernen",
                    "wiedereinstieg-back-in-job"),
            new DemoMember(
                    "Mehmet",
                    "Aksoy",
                    "Aksoy IT-Beratung",
                    "IT-Berater",
                    District.WANDSBEK,
                    List.of("Digitalisierung", "New Work"),
                    "digitalisierung-der-arbeitswelt",
                    "neue-arbeitsformen"),
            new DemoMember(
                    "Kerstin",
                    "Bahr",
                    "Bezirksamt Wandsbek",
                    "Referentin Demografie",
                    District.WANDSBEK,
                    List.of("Demografie", "Familienfreundlichkeit"),
                    "demografischer-wandel",
                    "vereinbarkeit-familie-beruf"),
            new DemoMember(
                    "Hauke",
                    "Thiessen",
                    "Thiessen & Partner Steuerberatung",
                    "Partner",
                    District.BERGEDORF,
                    List.of("Nachfolgeplanung", "Generationen"),
                    "generationenmanagement",
                    "fuehrung"),
            new DemoMember(
                    "Julia",
                    "Neumann",
                    "Hanseatic Networks",
                    "Community-Managerin",
                    District.HAMBURG_NORD,
                    List.of("Netzwerken", "Social Media"),
                    "netzwerken",
                    "digitalisierung-der-arbeitswelt"),
            new DemoMember(
                    "Stefan",
                    "Kruse",
                    "Speicherstadt Spedition",
                    "Leiter Personalgewinnung",
                    District.HAMBURG_MITTE,
                    List.of("Recruiting", "Interkulturelle Kompetenz"),
                    "fachkraeftesicherung",
                    "diversity"),
            new DemoMember(
                    "Maren",
                    "Feddersen",
                    "Feddersen Gesundheitsmanagement",
                    "Inhaberin",
                    District.EIMSBUETTEL,
                    List.of("BGM", "Achtsamkeit"),
                    "gesundheit-im-betrieb",
                    "neue-arbeitsformen"),
            new DemoMember(
                    "Tobias",
                    "Lange",
                    "Stiftung Generationen Hamburg",
                    "Programmleiter Demografie",
                    District.BERGEDORF,
                    List.of("Demografie", "Lebenslanges Lernen"),
                    "demografischer-wandel",
                    "lebenslanges-lernen"),
            new DemoMember(
                    "Gesa",
                    "Martens",
                    "Elbe-Werkstätten",
                    "Teamleitung Inklusion",
                    District.HARBURG,
                    List.of("Inklusion", "BGM"),
                    "diversity",
                    "gesundheit-im-betrieb"),
            new DemoMember(
                    "Jan-Hendrik",
                    "Böttcher",
                    "Böttcher Organisationsentwicklung",
                    "Organisationsentwickler",
                    District.ALTONA,
                    List.of("Organisationsentwicklung", "Führung auf Distanz"),
                    "fuehrung",
                    "neue-arbeitsformen",
                    "generationenmanagement"),
            new DemoMember(
                    "Elena",
                    "Petrova",
                    "Welcome Center Hamburg",
                    "Beraterin Fachkräfteeinwanderung",
                    District.HAMBURG_NORD,
                    List.of("Fachkräfteeinwanderung", "Interkulturelle Kompetenz"),
                    "diversity",
                    "fachkraeftesicherung",
                    "wiedereinstieg-back-in-job"),
            new DemoMember(
                    "Ute",
                    "Claussen",
                    null,
                    "Wiedereinsteigerin, Projektassistenz",
                    District.METROPOLITAN_REGION,
                    List.of("Wiedereinstieg", "Teilzeitmodelle"),
                    "wiedereinstieg-back-in-job",
                    "vereinbarkeit-familie-beruf",
                    "lebenslanges-lernen"));

    private DemoMembers() {}
}
