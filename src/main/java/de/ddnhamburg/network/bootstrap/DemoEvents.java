package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventProvisioning;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.group.GroupLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo events for the calendar in the coming weeks: public ones that guests see, one for members,
 * group events, and an evening that runs past midnight. None is online-only (the demo's online
 * round is {@link DemoDataLoader#backInJob}).
 */
@Component
@Profile("!prod")
class DemoEvents {

    private final EventProvisioning events;
    private final GroupLookup groups;
    private final Clock clock;

    DemoEvents(EventProvisioning events, GroupLookup groups, Clock clock) {
        this.events = events;
        this.groups = groups;
        this.clock = clock;
    }

    /** Runs after the demo groups exist; the organising groups are found by name. */
    void load() {
        Map<Long, String> open = groups.allOpenGroups();
        @Nullable Long digital = groupNamed(open, "Digitale Arbeitswelt");
        @Nullable Long health = groupNamed(open, "Gesundheit im Betrieb");
        events.createPublished(draft("Netzwerktreffen im Hafen", EventType.NETWORK_MEETING,
                "Kennenlernen bei Kaffee und Franzbrötchen: Wer arbeitet woran, und wo passt es zusammen?"
                        + " Gastgeber stellen Neue einander vor, damit der erste Kontakt leichtfällt.",
                5, LocalTime.of(18, 30), Duration.ofMinutes(150), EventFormat.IN_PERSON, "Kesselhaus, HafenCity", 60,
                null, EventAudience.PUBLIC, null, Set.of("netzwerken"), true));
        events.createPublished(draft("KI im Büroalltag: Erfahrungen aus den Betrieben", EventType.DISCUSSION_ROUND,
                "Die Fachgruppe tauscht sich aus: Wo entlasten KI-Werkzeuge, wo braucht es Regeln?",
                8, LocalTime.of(17, 0), Duration.ofMinutes(90), EventFormat.IN_PERSON, "Handelskammer Hamburg", 15,
                null, digital == null ? EventAudience.MEMBERS : EventAudience.GROUP_MEMBERS, digital,
                Set.of("digitalisierung-der-arbeitswelt"), false));
        events.createPublished(draft("Altersgemischte Teams führen", EventType.WORKSHOP,
                "Ein Workshop für Führungskräfte: Erfahrung und frische Ideen zusammenbringen.",
                10, LocalTime.of(14, 0), Duration.ofHours(3), EventFormat.HYBRID, "Handelskammer Hamburg", 20,
                30, EventAudience.MEMBERS, null, Set.of("generationenmanagement", "fuehrung"), false));
        events.createPublished(draft("Lange Nacht der Netzwerke", EventType.NETWORK_MEETING,
                "Partnerorganisationen des ddn öffnen ihre Türen; zum Abschluss gemeinsam im Museum der Arbeit.",
                12, LocalTime.of(20, 0), Duration.ofHours(5), EventFormat.IN_PERSON, "Museum der Arbeit, Barmbek", null,
                null, EventAudience.PUBLIC, null, Set.of("netzwerken"), true));
        events.createPublished(draft("Fachtag: Lernen und Arbeiten im 21. Jahrhundert", EventType.SPECIALIST_EVENT,
                "Impulse, Foren und Praxisbeispiele zum lebenslangen Lernen in Betrieben jeder Größe.",
                17, LocalTime.of(10, 0), Duration.ofHours(6), EventFormat.HYBRID, "Bucerius Law School", 120, null,
                EventAudience.PUBLIC, null, Set.of("lebenslanges-lernen", "digitalisierung-der-arbeitswelt"), true));
        events.createPublished(draft("Gesund arbeiten im Schichtbetrieb", EventType.WORKSHOP,
                "Was Betriebe für die Gesundheit ihrer Beschäftigten im Schichtdienst tun können.",
                24, LocalTime.of(9, 30), Duration.ofHours(3), EventFormat.IN_PERSON, "Gesundheitszentrum Altona", 12,
                null, EventAudience.PUBLIC, health, Set.of("gesundheit-im-betrieb"), true));
    }

    private EventDraft draft(String title, EventType type, String description, int inDays, LocalTime time,
            Duration length, EventFormat format, String venue, @Nullable Integer inPerson, @Nullable Integer online,
            EventAudience audience, @Nullable Long groupId, Set<String> topics, boolean guestsAllowed) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE).plusDays(inDays);
        ZonedDateTime start = ZonedDateTime.of(day, time, ClockConfig.DISPLAY_ZONE);
        return new EventDraft(title, type, description, start.toInstant(), start.plus(length).toInstant(), format, venue,
                format == EventFormat.IN_PERSON ? null : "https://meet.example.org/ddn-" + inDays, inPerson, online, null,
                null, audience, groupId, topics, guestsAllowed, null);
    }

    private static @Nullable Long groupNamed(Map<Long, String> groups, String name) {
        return groups.entrySet().stream().filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
