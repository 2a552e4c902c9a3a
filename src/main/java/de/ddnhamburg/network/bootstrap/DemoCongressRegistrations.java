package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.congress.CongressProvisioning;
import de.ddnhamburg.network.domain.congress.DemoRegistration;
import de.ddnhamburg.network.domain.congress.DeskCategory;
import de.ddnhamburg.network.domain.congress.Hold;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.congress.SessionWish;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registrations for the demo Fachkongress, so that the admins' dashboard and list have something to
 * show: the demo members and 70 guests, registered over the four weeks since registration opened
 * (many on the first days, a second wave after the newsletter), mostly confirmed, the workshops full
 * with waiting lists, a few awaiting approval or the guest's confirmation, a few cancelled. Placed
 * through the congress's own placement, so every counter and waiting list is right. Deterministic:
 * the same demo every time.
 */
final class DemoCongressRegistrations {

    private static final List<String> FIRST_NAMES = List.of(
            "Anna",
            "Jan",
            "Lena",
            "Tobias",
            "Marie",
            "Felix",
            "Sophie",
            "Lukas",
            "Hannah",
            "Jonas",
            "Laura",
            "Niklas",
            "Julia",
            "Moritz",
            "Katharina",
            "Sven",
            "Merle",
            "Ole",
            "Frauke",
            "Hauke",
            "Svenja",
            "Deniz",
            "Elif",
            "Piotr",
            "Agnieszka",
            "Thanh",
            "Ines",
            "Malte",
            "Wiebke",
            "Kai");
    private static final List<String> LAST_NAMES = List.of(
            "Petersen",
            "Jensen",
            "Hansen",
            "Schulz",
            "Meyer",
            "Krüger",
            "Brandt",
            "Vogel",
            "Lange",
            "Köhler",
            "Ahrens",
            "Claussen",
            "Dittmer",
            "Evers",
            "Friedrichs",
            "Gerdes");
    private static final List<String> ORGANISATIONS = List.of(
            "Hafen Logistik Hamburg GmbH",
            "Agentur für Arbeit Hamburg",
            "Stadtteilschule Wilhelmsburg",
            "Elbe Pflegedienste gGmbH",
            "Handwerkskammer Hamburg",
            "Norddeutsche Versicherung AG",
            "Bezirksamt Altona",
            "Hanse Software Solutions",
            "Volkshochschule Hamburg",
            "Diakonie Hamburg");
    private static final int GUESTS = 70;

    private DemoCongressRegistrations() {}

    static int load(CongressProvisioning congress, long congressId, Map<String, Long> members, Clock clock) {
        Map<String, DeskCategory> categories = new java.util.HashMap<>();
        congress.categories(congressId).forEach(category -> categories.put(category.name(), category));
        List<SlotChoice> slots = congress.slots(congressId);
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(27));
        int count = 0;
        for (DemoMembers.DemoMember member : DemoMembers.ALL) {
            Long memberId = members.get(member.firstName() + " " + member.lastName());
            if (memberId == null) {
                continue;
            }
            congress.register(new DemoRegistration(
                    congressId,
                    category(categories, "Mitglied"),
                    memberId,
                    member.firstName(),
                    member.lastName(),
                    member.toNewMember().email(),
                    member.organisation(),
                    wishes(slots, count),
                    Hold.confirmed(),
                    arrival(opened, count),
                    null));
            count++;
        }
        for (int i = 0; i < GUESTS; i++) {
            String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String last = LAST_NAMES.get((i * 7) % LAST_NAMES.size());
            String category = i % 10 == 3 ? "ermäßigt" : i % 15 == 7 ? "Partner" : "Nichtmitglied";
            Hold hold = category.equals("ermäßigt") && i % 20 == 3
                    ? Hold.awaitingApproval()
                    : i % 37 == 11 ? Hold.until(now.plus(Duration.ofHours(20))) : Hold.confirmed();
            Instant at = arrival(opened, count);
            congress.register(new DemoRegistration(
                    congressId,
                    category(categories, category),
                    null,
                    first,
                    last,
                    email(first, last + (i + 1), "example.com"),
                    ORGANISATIONS.get((i * 3) % ORGANISATIONS.size()),
                    wishes(slots, count),
                    hold,
                    at,
                    i % 29 == 5 ? at.plus(Duration.ofDays(2)) : null));
            count++;
        }
        return count;
    }

    /**
     * When the n-th registration arrived: many on the first days, fewer later, and a second wave
     * ten days before today (the newsletter); every arrival before now.
     */
    static Instant arrival(Instant opened, int n) {
        int day = n < 30 ? n / 10 : n < 70 ? 3 + (n - 30) / 5 : n < 85 ? 17 : 18 + (n - 85) / 2;
        return opened.plus(Duration.ofDays(Math.min(day, 26))).plus(Duration.ofMinutes(9L * 60 + (17L * n) % 600));
    }

    /**
     * One workshop per slot: the smallest of a slot for every fourth registration, the others in
     * turn (with a second choice for every other one), so that each is full and has a waiting list.
     */
    private static List<SessionWish> wishes(List<SlotChoice> slots, int n) {
        List<SessionWish> wishes = new ArrayList<>();
        for (SlotChoice slot : slots) {
            List<SessionOption> sessions = slot.sessions();
            SessionOption smallest = sessions.stream()
                    .filter(session -> session.seatsLeft() != null)
                    .min(java.util.Comparator.comparing(SessionOption::seatsLeft))
                    .orElse(sessions.getFirst());
            List<SessionOption> others = sessions.stream()
                    .filter(session -> session.id() != smallest.id())
                    .toList();
            if (others.isEmpty()) {
                wishes.add(SessionWish.of(slot.slotId(), smallest.id()));
                continue;
            }
            SessionOption first = n % 4 == 0 ? smallest : others.get(n % others.size());
            SessionOption second = others.get((n + 1) % others.size());
            wishes.add(new SessionWish(
                    slot.slotId(), first.id(), n % 2 == 0 && second.id() != first.id() ? second.id() : null));
        }
        return wishes;
    }

    private static long category(Map<String, DeskCategory> categories, String name) {
        DeskCategory category = categories.get(name);
        if (category == null) {
            throw new IllegalStateException("No demo category called " + name);
        }
        return category.id();
    }

    private static String email(String first, String last, String domain) {
        return (first + "." + last)
                        .toLowerCase(Locale.GERMAN)
                        .replace("ä", "ae")
                        .replace("ö", "oe")
                        .replace("ü", "ue")
                        .replace("ß", "ss")
                        .replace("ı", "i")
                        .replace(' ', '-')
                + "@" + domain;
    }
}
