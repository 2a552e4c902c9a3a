package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.group.GroupDraft;
import de.ddnhamburg.network.domain.group.GroupProvisioning;
import de.ddnhamburg.network.domain.group.GroupRole;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The six expert groups of the demo data, with members, moderators and a few posts. */
final class DemoGroups {

    private record DemoGroup(
            String name,
            String shortDescription,
            String description,
            JoinPolicy policy,
            Set<String> topics,
            List<String> moderators,
            List<String> members,
            List<DemoPost> posts) {}

    private record DemoReply(String author, String text) {}

    /** A post by a member of the group, with its replies. */
    private record DemoPost(String author, String title, String text, boolean pinned, List<DemoReply> replies) {}

    private DemoGroups() {}

    /**
     * @param members demo member ids by "first last" name
     * @return the ids of the groups by name
     */
    static Map<String, Long> load(GroupProvisioning provisioning, Map<String, Long> members) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoGroup group : GROUPS) {
            Map<Long, GroupRole> roles = new LinkedHashMap<>();
            group.members().forEach(name -> roles.put(id(members, name), GroupRole.MEMBER));
            group.moderators().forEach(name -> roles.put(id(members, name), GroupRole.MODERATOR));
            long groupId = provisioning.createGroup(
                    new GroupDraft(
                            group.name(),
                            group.shortDescription(),
                            group.description(),
                            group.topics(),
                            group.policy(),
                            GroupVisibility.LISTED),
                    roles);
            ids.put(group.name(), groupId);
            for (DemoPost post : group.posts()) {
                long postId =
                        provisioning.createPost(groupId, id(members, post.author()), null, post.title(), post.text());
                if (post.pinned()) {
                    provisioning.pin(postId);
                }
                for (DemoReply reply : post.replies()) {
                    provisioning.createPost(groupId, id(members, reply.author()), postId, null, reply.text());
                }
            }
        }
        return ids;
    }

    private static long id(Map<String, Long> members, String name) {
        Long id = members.get(name);
        if (id == null) {
            throw new IllegalStateException("No demo member called " + name);
        }
        return id;
    }

    private static DemoReply reply(String author, String text) {
        return new DemoReply(author, text);
    }

    private static final List<DemoGroup> GROUPS = List.of(
            new DemoGroup(
                    "Digitale Arbeitswelt",
                    "Wie verändern Digitalisierung, KI und hybride Teams unsere Arbeit?",
                    "Wir tauschen Erfahrungen zu digitalen Werkzeugen, hybriden Teams, Führung auf Distanz und dem"
                            + " Einsatz von KI im Arbeitsalltag aus. Einmal im Quartal treffen wir uns zu einer"
                            + " Gesprächsrunde, dazwischen hier.",
                    JoinPolicy.OPEN,
                    Set.of("digitalisierung-der-arbeitswelt", "neue-arbeitsformen"),
                    List.of("Mehmet Aksoy", "Dirk Rasmussen"),
                    List.of("Aylin Yılmaz", "Thomas Wagner", "Julia Neumann", "Malte Schröder", "Jan-Hendrik Böttcher"),
                    List.of(
                            new DemoPost(
                                    "Mehmet Aksoy",
                                    "Willkommen in der Fachgruppe!",
                                    "Schön, dass Sie dabei sind. Stellen Sie sich gern kurz vor: Woran arbeiten Sie gerade,"
                                            + " und welche Frage zur digitalen Arbeitswelt beschäftigt Sie?",
                                    true,
                                    List.of(reply(
                                            "Julia Neumann",
                                            "Hallo zusammen! Ich baue gerade eine Online-Community für Fachkräfte auf und"
                                                    + " suche Austausch zu Moderation und Beteiligung."))),
                            new DemoPost(
                                    "Dirk Rasmussen",
                                    "KI-Richtlinie im Unternehmen",
                                    "Wir arbeiten an einer Richtlinie für den Einsatz von KI-Assistenten. Hat jemand"
                                            + " Erfahrungen, wie man den Betriebsrat früh einbindet?",
                                    false,
                                    List.of(reply(
                                            "Aylin Yılmaz",
                                            "Bei uns hat ein gemeinsamer Workshop mit dem Betriebsrat viel Vertrauen"
                                                    + " geschaffen. Gern erzähle ich beim nächsten Treffen mehr."))))),
            new DemoGroup(
                    "Wiedereinstieg & Back in Job",
                    "Zurück in den Beruf nach Familienzeit, Pflege oder Neuorientierung.",
                    "Beraterinnen, Unternehmen und Wiedereinsteigerinnen teilen Wege zurück in den Beruf: Bewerbung,"
                            + " Weiterbildung, Netzwerken und Teilzeitmodelle. Die Gruppe ist geschützt; neue Mitglieder"
                            + " nimmt die Moderation auf.",
                    JoinPolicy.ON_REQUEST,
                    Set.of("wiedereinstieg-back-in-job", "vereinbarkeit-familie-beruf"),
                    List.of("Rieke Sommerfeld"),
                    List.of("Silke Jansen", "Ute Claussen", "Anja Wulff", "Elena Petrova", "Claudia Harms"),
                    List.of(
                            new DemoPost(
                                    "Ute Claussen",
                                    "Mein Weg zurück",
                                    "Nach sechs Jahren Familienzeit habe ich im Frühjahr wieder angefangen. Am meisten"
                                            + " geholfen hat mir, mit Menschen ins Gespräch zu kommen statt nur Bewerbungen zu"
                                            + " schreiben. Danke an alle hier!",
                                    false,
                                    List.of(
                                            reply(
                                                    "Rieke Sommerfeld",
                                                    "Herzlichen Glückwunsch! Darf ich Ihre Erfahrung beim nächsten Workshop erzählen?"))))),
            new DemoGroup(
                    "Gesundheit im Betrieb",
                    "Betriebliches Gesundheitsmanagement, Resilienz und gesunde Führung.",
                    "Von der Gefährdungsbeurteilung psychischer Belastung bis zum Gesundheitstag: Wir teilen, was in"
                            + " Hamburger Betrieben funktioniert.",
                    JoinPolicy.OPEN,
                    Set.of("gesundheit-im-betrieb", "fuehrung"),
                    List.of("Birte Lorenzen", "Frauke Dittmer"),
                    List.of("Jens Petersen", "Sabine Ehlers", "Gesa Martens", "Maren Feddersen"),
                    List.of(new DemoPost(
                            "Frauke Dittmer",
                            "Fördermöglichkeiten für BGM",
                            "Kleine Erinnerung: Krankenkassen fördern Maßnahmen der betrieblichen Gesundheitsförderung."
                                    + " Wer Fragen zur Antragstellung hat, kann sich gern bei mir melden.",
                            true,
                            List.of()))),
            new DemoGroup(
                    "Lernen im Unternehmen",
                    "Weiterbildung, E-Learning und lebenslanges Lernen im Betrieb.",
                    "Wie lernen Belegschaften heute? Wir sprechen über Lernkultur, digitale Lernformate, Mentoring"
                            + " und Wissenstransfer zwischen den Generationen.",
                    JoinPolicy.OPEN,
                    Set.of("lebenslanges-lernen", "generationenmanagement"),
                    List.of("Thomas Wagner"),
                    List.of("Lars Hinrichsen", "Tobias Lange", "Anja Wulff", "Okan Demir"),
                    List.of(
                            new DemoPost(
                                    "Lars Hinrichsen",
                                    "Lernzeit im Handwerk",
                                    "Wie schaffen andere Betriebe feste Lernzeiten, wenn die Auftragsbücher voll sind?",
                                    false,
                                    List.of(
                                            reply(
                                                    "Thomas Wagner",
                                                    "Wir haben gute Erfahrungen mit 30 Minuten Lernzeit pro Woche im Dienstplan gemacht."))))),
            new DemoGroup(
                    "Vereinbarkeit von Familie und Beruf",
                    "Familienfreundliche Arbeit: Teilzeit, Elternzeit, Pflege von Angehörigen.",
                    "Eltern, pflegende Angehörige und Personalverantwortliche tauschen sich über Arbeitszeitmodelle,"
                            + " Kinderbetreuung und familienbewusste Unternehmenskultur aus.",
                    JoinPolicy.ON_REQUEST,
                    Set.of("vereinbarkeit-familie-beruf"),
                    List.of("Christina Voss"),
                    List.of("Nadine Koch", "Kerstin Bahr", "Ute Claussen", "Birte Lorenzen"),
                    List.of(new DemoPost(
                            "Nadine Koch",
                            "Jobsharing in Führungspositionen",
                            "Wir möchten Führung im Tandem ermöglichen. Hat jemand schon Erfahrungen damit gesammelt?",
                            false,
                            List.of()))),
            new DemoGroup(
                    "Demografiefeste Personalarbeit",
                    "Personalarbeit für alternde Belegschaften und den Fachkräftemangel.",
                    "Ein Arbeitskreis von Personalverantwortlichen: Altersstrukturanalysen, Nachfolgeplanung,"
                            + " altersgerechte Arbeitsplätze und Fachkräftesicherung. Neue Mitglieder laden die"
                            + " Moderatorinnen und Moderatoren ein.",
                    JoinPolicy.INVITE_ONLY,
                    Set.of("demografischer-wandel", "generationenmanagement", "fachkraeftesicherung"),
                    List.of("Jens Petersen", "Kerstin Bahr"),
                    List.of("Henning Brandt", "Okan Demir", "Hauke Thiessen", "Peter Möller", "Tobias Lange"),
                    List.of(new DemoPost(
                            "Jens Petersen",
                            "Altersstrukturanalyse: Werkzeuge",
                            "Welche Werkzeuge nutzen Sie für die Altersstrukturanalyse? Wir arbeiten bisher mit einer"
                                    + " Tabellenkalkulation und stoßen an Grenzen.",
                            true,
                            List.of(reply(
                                    "Peter Möller",
                                    "Fangen Sie klein an: Oft reicht eine Auswertung nach Abteilungen und Renteneintritt"
                                            + " in den nächsten zehn Jahren."))))));
}
