package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.domain.member.SeekingProvisioning;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A few "Ich suche / Ich biete" entries, so that the directory filter and the start page's reasons
 * have something to show: Rieke Sommerfeld (a demo login) seeks speakers, which Claudia Harms and
 * Henning Brandt offer; Claudia seeks a mentor for a return to work, which Mehmet Aksoy offers.
 */
final class DemoSeeking {

    private DemoSeeking() {}

    static void load(SeekingProvisioning seeking, Map<String, Long> ids, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE);
        add(
                seeking,
                ids,
                "Rieke Sommerfeld",
                SeekingDirection.SEEK,
                SeekingKind.SPEAKERS,
                "Für unsere Online-Runde „Back in Job“ suche ich zwei kurze Impulse aus der Praxis.",
                today.plusMonths(2));
        add(
                seeking,
                ids,
                "Rieke Sommerfeld",
                SeekingDirection.OFFER,
                SeekingKind.EXCHANGE,
                "Austausch zu Bewerbungen nach einer Familienpause, gern beim Kaffee.",
                null);
        add(
                seeking,
                ids,
                "Claudia Harms",
                SeekingDirection.OFFER,
                SeekingKind.SPEAKERS,
                "Impulsvortrag „Netzwerken für Introvertierte“, 20 Minuten, online oder vor Ort.",
                null);
        add(
                seeking,
                ids,
                "Claudia Harms",
                SeekingDirection.SEEK,
                SeekingKind.MENTOR,
                "Eine erfahrene Führungskraft, die mich beim Aufbau meines Coaching-Angebots begleitet.",
                null);
        add(
                seeking,
                ids,
                "Henning Brandt",
                SeekingDirection.OFFER,
                SeekingKind.SPEAKERS,
                "Ich berichte gern, wie unser Betrieb ältere Beschäftigte hält.",
                null);
        add(
                seeking,
                ids,
                "Mehmet Aksoy",
                SeekingDirection.OFFER,
                SeekingKind.MENTOR,
                "Mentoring für Menschen, die in die digitale Arbeitswelt zurückkehren.",
                null);
        add(
                seeking,
                ids,
                "Aylin Yılmaz",
                SeekingDirection.SEEK,
                SeekingKind.JOB,
                "Wiedereinstieg in Teilzeit im Personalbereich, ab dem Frühjahr.",
                today.plusMonths(4));
        add(
                seeking,
                ids,
                "Jens Petersen",
                SeekingDirection.OFFER,
                SeekingKind.JOB,
                "Wir suchen eine Personalreferentin oder einen Personalreferenten in Teilzeit.",
                today.plusMonths(3));
        add(
                seeking,
                ids,
                "Malte Schröder",
                SeekingDirection.SEEK,
                SeekingKind.CLIENTS,
                "Aufträge für Workshops zu altersgemischten Teams.",
                null);
    }

    private static void add(
            SeekingProvisioning seeking,
            Map<String, Long> ids,
            String name,
            SeekingDirection direction,
            SeekingKind kind,
            String text,
            @Nullable LocalDate expiresOn) {
        Long id = ids.get(name);
        if (id != null) {
            seeking.add(id, direction, kind, text, expiresOn);
        }
    }
}
