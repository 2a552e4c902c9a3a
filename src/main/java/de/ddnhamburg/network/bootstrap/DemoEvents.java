package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventProvisioning;
import de.ddnhamburg.network.domain.event.EventType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Events of the Hamburg network around the demo's today: a specialist event at the chamber of
 * commerce that guests may attend, a group workshop, a network meeting, a draft still being
 * prepared, and three past events. The online round "Back in Job" is in {@link DemoDataLoader}.
 */
final class DemoEvents {

    private DemoEvents() {}

    /** @param groups the demo groups' ids by name */
    /** @return the id of the past network meeting, where demo members met ({@link DemoDataLoader}) */
    static long load(EventProvisioning events, Map<String, Long> groups, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE);

        ZonedDateTime specialist = at(today.plusWeeks(6), 14, 0);
        events.createPublished(new EventDraft(
                "Demografiefeste Personalarbeit: Erfahrung halten, Nachwuchs gewinnen",
                EventType.SPECIALIST_EVENT,
                "Fachveranstaltung für Personalverantwortliche, Führungskräfte und Interessierte: Wie sieht eine"
                        + " Belegschaft in zehn Jahren aus, wie geben Erfahrene ihr Wissen weiter, und wie werden"
                        + " Arbeitsplätze alternsgerecht? Kurze Impulse aus Hamburger Unternehmen, danach Austausch an"
                        + " Thementischen. Vor Ort in der Handelskammer oder online dabei; Gäste ohne Konto sind"
                        + " willkommen.",
                specialist.toInstant(),
                specialist.plusHours(4).toInstant(),
                EventFormat.HYBRID,
                "Handelskammer Hamburg",
                "https://meet.example.org/ddn-demografiefest",
                120,
                200,
                null,
                specialist.minusDays(2).toInstant(),
                EventAudience.PUBLIC,
                groups.get("Demografiefeste Personalarbeit"),
                Set.of("demografischer-wandel", "fachkraeftesicherung", "generationenmanagement"),
                true,
                "Adolphsplatz 1, 20457 Hamburg"));

        ZonedDateTime workshop = at(today.plusWeeks(4), 9, 30);
        events.createPublished(new EventDraft(
                "Workshop: Hybride Zusammenarbeit im Team gestalten",
                EventType.WORKSHOP,
                "Workshop der Fachgruppe Digitale Arbeitswelt: Wir sammeln, was in hybriden Teams trägt (Absprachen,"
                        + " Werkzeuge, Präsenztage) und was nicht, und entwickeln in kleinen Gruppen Vereinbarungen für"
                        + " den eigenen Alltag. Bitte ein Beispiel aus Ihrem Team mitbringen.",
                workshop.toInstant(),
                workshop.plusHours(3).plusMinutes(30).toInstant(),
                EventFormat.IN_PERSON,
                "Seminarraum der Patriotischen Gesellschaft",
                null,
                20,
                null,
                null,
                workshop.minusDays(3).toInstant(),
                EventAudience.GROUP_MEMBERS,
                groups.get("Digitale Arbeitswelt"),
                Set.of("digitalisierung-der-arbeitswelt", "neue-arbeitsformen"),
                false,
                "Trostbrücke 4–6, 20457 Hamburg"));

        ZonedDateTime meeting = at(today.plusWeeks(2), 18, 0);
        events.createPublished(new EventDraft(
                "ddn-Netzwerktreffen im Museum der Arbeit",
                EventType.NETWORK_MEETING,
                "Zwangloses Treffen der Mitglieder: neue Gesichter kennenlernen, Kontakte aus den Fachgruppen"
                        + " vertiefen und Ideen für gemeinsame Vorhaben sammeln. Wer neu ist, bekommt eine Patin oder"
                        + " einen Paten, der sie oder ihn vorstellt. Kleiner Imbiss, Getränke vor Ort.",
                meeting.toInstant(),
                meeting.plusMinutes(150).toInstant(),
                EventFormat.IN_PERSON,
                "Museum der Arbeit",
                null,
                60,
                null,
                null,
                null,
                EventAudience.MEMBERS,
                null,
                Set.of("netzwerken"),
                false,
                "Wiesendamm 3, 22305 Hamburg"));

        ZonedDateTime prepared = at(today.plusWeeks(10), 17, 0);
        events.createDraft(new EventDraft(
                "Gesprächsrunde: KI-Assistenten im Arbeitsalltag",
                EventType.DISCUSSION_ROUND,
                "In Vorbereitung: Erfahrungen mit KI-Assistenten, Richtlinien im Unternehmen und die Rolle des"
                        + " Betriebsrats.",
                prepared.toInstant(),
                prepared.plusMinutes(90).toInstant(),
                EventFormat.HYBRID,
                "Seminarraum der" + " Patriotischen Gesellschaft",
                "https://meet.example.org/ddn-ki-runde",
                25,
                50,
                null,
                null,
                EventAudience.MEMBERS,
                groups.get("Digitale Arbeitswelt"),
                Set.of("digitalisierung-der-arbeitswelt"),
                false,
                "Trostbrücke 4–6, 20457 Hamburg"));

        past(
                events,
                today.minusWeeks(3),
                18,
                "Vereinbarkeit konkret: Modelle aus Hamburger Unternehmen",
                EventType.DISCUSSION_ROUND,
                EventFormat.HYBRID,
                "Diskussionsrunde mit Beispielen für Teilzeit in Führung, Jobsharing und flexible Arbeitszeiten.",
                groups.get("Vereinbarkeit von Familie und Beruf"),
                "vereinbarkeit-familie-beruf");
        past(
                events,
                today.minusWeeks(7),
                15,
                "Gesund älter werden im Betrieb",
                EventType.SPECIALIST_EVENT,
                EventFormat.IN_PERSON,
                "Fachveranstaltung zu betrieblichem Gesundheitsmanagement für alle Generationen, mit Praxisbeispielen.",
                groups.get("Gesundheit im Betrieb"),
                "gesundheit-im-betrieb");
        return past(
                events,
                today.minusWeeks(12),
                18,
                "Netzwerktreffen zum Jahresauftakt",
                EventType.NETWORK_MEETING,
                EventFormat.IN_PERSON,
                "Rückblick, Ausblick und viel Zeit für Gespräche.",
                null,
                "netzwerken");
    }

    private static long past(
            EventProvisioning events,
            LocalDate day,
            int hour,
            String title,
            EventType type,
            EventFormat format,
            String description,
            @Nullable Long groupId,
            String topic) {
        ZonedDateTime start = at(day, hour, 0);
        return events.createPublished(new EventDraft(
                title,
                type,
                description,
                start.toInstant(),
                start.plusHours(2).toInstant(),
                format,
                "Handelskammer Hamburg",
                format == EventFormat.IN_PERSON ? null : "https://meet.example.org/ddn",
                40,
                format == EventFormat.IN_PERSON ? null : 60,
                null,
                null,
                EventAudience.MEMBERS,
                groupId,
                Set.of(topic),
                false,
                "Adolphsplatz 1, 20457 Hamburg"));
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), ClockConfig.DISPLAY_ZONE);
    }
}
