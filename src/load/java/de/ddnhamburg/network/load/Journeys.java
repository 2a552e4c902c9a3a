package de.ddnhamburg.network.load;

import static de.ddnhamburg.network.load.Uidl.anyOf;
import static de.ddnhamburg.network.load.Uidl.call;
import static de.ddnhamburg.network.load.Uidl.click;
import static de.ddnhamburg.network.load.Uidl.confirmGrid;
import static de.ddnhamburg.network.load.Uidl.event;
import static de.ddnhamburg.network.load.Uidl.gridUpdate;
import static de.ddnhamburg.network.load.Uidl.keepAnswer;
import static de.ddnhamburg.network.load.Uidl.load;
import static de.ddnhamburg.network.load.Uidl.login;
import static de.ddnhamburg.network.load.Uidl.message;
import static de.ddnhamburg.network.load.Uidl.navigate;
import static de.ddnhamburg.network.load.Uidl.nextHistoryEntry;
import static de.ddnhamburg.network.load.Uidl.nextPromise;
import static de.ddnhamburg.network.load.Uidl.node;
import static de.ddnhamburg.network.load.Uidl.nodes;
import static de.ddnhamburg.network.load.Uidl.shows;
import static de.ddnhamburg.network.load.Uidl.sync;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The five journeys of issue 13, point 2, as Gatling scenarios. Members are the load-test accounts
 * that {@code app.demo-data.load-members} creates, a fresh one for every virtual user (so that no
 * two register for the same event or write the same contact request); the admin is the demo admin.
 * Each virtual user comes from its own address ({@code X-Forwarded-For}, believed because the app
 * trusts the loopback proxy in load runs), as real visitors do, so that the per-address limits of
 * the anonymous forms apply per user and not to the whole run.
 */
final class Journeys {

    private static final List<String> SEARCH_TERMS = List.of("anna", "ben", "clara", "lastmann", "probst", "tester");
    private static final List<String> ADMIN_SEARCHES = List.of("load-00", "example", "lastmann", "hamburg", "tester");

    private final Duration thinkMin;
    private final Duration thinkMax;
    private final int loadMembers;
    private final int firstMember;
    private final AtomicInteger nextMember = new AtomicInteger();
    private final AtomicInteger nextGuest = new AtomicInteger();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    Journeys(Duration thinkMin, Duration thinkMax, int loadMembers, int firstMember) {
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.loadMembers = loadMembers;
        this.firstMember = firstMember;
    }

    private ChainBuilder think() {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(thinkMin, thinkMax));
    }

    /** A new visitor: own client address; for members a load-test account not used before in this run. */
    private ChainBuilder arrive(boolean member) {
        return exec(session -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Session next = session.set(
                    "xff", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
            if (member) {
                int number = (firstMember - 1 + nextMember.getAndIncrement()) % loadMembers + 1;
                next = next.set("email", String.format(Locale.ROOT, "load-%05d@load.example.org", number));
            }
            return next;
        });
    }

    /** Guest: start page → calendar → an event → guest registration. */
    ScenarioBuilder guest() {
        return scenario("guest registers for an event")
                .exec(arrive(false))
                .exec(load("start", "", nodes("events-link")))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate("db: calendar", "'veranstaltungen'", keepAnswer()))
                .exec(chooseLinks("eventRoutes", "veranstaltungen/\\d+"))
                .exec(think())
                .exec(visitUntilShown("db: event (guest)", "eventRoutes", "guest-submit"))
                .exec(rememberNodes("guest-"))
                .exec(session -> session.set(
                        "guestEmail", "guest-" + runId + "-" + nextGuest.incrementAndGet() + "@load.example.org"))
                .exec(think())
                .exec(message(
                        "ui: guest form fields",
                        sync("guest-name", "value", "\"Gast Lasttest\""),
                        sync("guest-email", "value", "\"#{guestEmail}\""),
                        sync("guest-consent", "checked", "true")))
                // Two kinds of seat (in person, online) only where the event offers both.
                .doIf(session -> session.contains(node("guest-seat")))
                .then(exec(message(
                        "ui: guest seat", sync("guest-seat", "value", "\"1\""), event("guest-seat", "value-changed"))))
                .exec(message("db: guest registration", click("guest-submit")).check(shows("guest-done")));
    }

    /** Member: log in → directory, scroll, search → a profile → contact request. */
    ScenarioBuilder memberContact() {
        return scenario("member searches the directory and asks for contact")
                .exec(arrive(true))
                .exec(login())
                .exitHereIfFailed()
                .exec(load("member start", "start"))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate("db: directory", "'mitglieder'", nodes("directory-results", "directory-search")))
                .exec(message("db: directory page", call("directory-results", "setViewportRange", "0,20")))
                .exec(nextPromise())
                .exec(think())
                .exec(message("db: directory scroll", call("directory-results", "setViewportRange", "20,20")))
                .exec(nextPromise())
                .exec(think())
                .exec(session -> session.set("term", anyOf(SEARCH_TERMS)))
                .exec(message(
                        "db: directory search",
                        sync("directory-search", "value", "\"#{term}\""),
                        event("directory-search", "input")))
                // The list scrolls back to the top for the new result, and asks for its first rows.
                .exec(message("db: directory page", call("directory-results", "setViewportRange", "0,20"))
                        .check(keepAnswer()))
                .exec(nextPromise())
                .exec(chooseLinks("profileRoutes", "mitglieder/\\d+"))
                .exec(think())
                .exec(visitUntilShown("db: profile", "profileRoutes", "contact-request-button"))
                .exec(think())
                .exec(message("db: contact dialog", click("contact-request-button"))
                        .check(nodes("send-contact-request", "contact-who", "contact-why", "contact-next")))
                .exec(think())
                // The dialog suggests who I am and, with shared topics, why I write, but never the next
                // step: that part is required and left to the writer, so without it nothing is sent.
                .exec(message(
                        "ui: contact message",
                        sync("contact-who", "value", "\"Ich teste die Plattform unter Last.\""),
                        sync("contact-why", "value", "\"Ihr Profil passt zu meiner Suche im Verzeichnis.\""),
                        sync("contact-next", "value", "\"Wollen wir kurz telefonieren?\"")))
                .exec(think())
                .exec(message("db: contact request", click("send-contact-request"))
                        .check(shows("withdraw-request")));
    }

    /** Member: log in → calendar → an event → register (a seat or the waiting list). */
    ScenarioBuilder memberEvent() {
        return scenario("member registers for an event")
                .exec(arrive(true))
                .exec(login())
                .exitHereIfFailed()
                .exec(load("member start", "start"))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate("db: calendar", "'veranstaltungen'", keepAnswer()))
                .exec(chooseLinks("eventRoutes", "veranstaltungen/\\d+"))
                .exec(think())
                .exec(visitUntilShown("db: event", "eventRoutes", "event-register-"))
                .exec(think())
                .exec(message("db: event registration", click("event-register-"))
                        .check(shows("event-my-status")));
    }

    /**
     * Congress: log in → the calendar → the programme → the registration wizard (participant, category, a workshop
     * per slot, questions, summary) → registered; then cancels, so that runs of any length never
     * fill the congress's 300 places.
     */
    ScenarioBuilder congress() {
        return scenario("member registers for the congress")
                .exec(arrive(true))
                .exec(login())
                .exitHereIfFailed()
                .exec(load("member start", "start"))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate("db: calendar", "'veranstaltungen'", keepAnswer()))
                .exec(chooseLink("congressRoute", "kongress/\\d+"))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate("db: congress programme", "#{congressRoute}", nodes("congress-register")))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate("db: congress wizard", "#{congressRoute}/anmelden", nodes("wizard-next")))
                .exec(think())
                .exec(message("db: wizard category step", click("wizard-next"))
                        .check(nodes("wizard-category"))
                        .check(keepAnswer()))
                // The member category is the first the step lists, so its key is the lowest.
                .exec(session -> session.set(
                        "category",
                        Uidl.radioValues(session, session.getInt(node("wizard-category"))).stream()
                                .min(java.util.Comparator.<String>comparingInt(Integer::parseInt))
                                .orElseThrow()))
                .exec(message(
                        "ui: wizard choice",
                        sync("wizard-category", "value", "\"#{category}\""),
                        event("wizard-category", "value-changed")))
                .exec(think())
                .exec(message("db: wizard session step", click("wizard-next")).check(keepAnswer()))
                .exec(session -> session.set("slotChoices", slotChoices(session)))
                .exec(message("ui: wizard choice", "#{slotChoices}"))
                .exec(think())
                // Leaving the sessions step checks the choice against the service's rules and reads
                // the seats it promises (RegistrationWizard.forward): a database round trip.
                .exec(message("db: wizard questions step", click("wizard-next")))
                .exec(message("db: wizard summary", click("wizard-next"))
                        .check(nodes("wizard-consent", "wizard-submit")))
                .exec(think())
                .exec(message(
                        "ui: wizard choice",
                        sync("wizard-consent", "checked", "true"),
                        event("wizard-consent", "checked-changed")))
                .exec(message("db: congress registration", click("wizard-submit"))
                        .check(shows("mine-new"))
                        .check(nodes("mine-cancel")))
                .exec(think())
                .exec(message("ui: congress cancel dialog", click("mine-cancel"))
                        .check(nodes("mine-cancel-confirm")))
                .exec(message("db: congress cancellation", event("mine-cancel-confirm", "confirm")));
    }

    /** Admin: log in → member administration → search → scroll the grid. */
    ScenarioBuilder admin() {
        return scenario("admin searches the member administration")
                .exec(arrive(false))
                .exec(session -> session.set("email", "admin@ddn-hamburg.de"))
                .exec(login())
                .exitHereIfFailed()
                .exec(load("member start", "start"))
                .exec(think())
                .exec(nextHistoryEntry())
                .exec(navigate(
                                "db: member administration",
                                "'verwaltung/mitglieder'",
                                nodes("member-grid", "member-search"))
                        .check(gridUpdate("member-grid")))
                .exec(confirmGrid("member-grid"))
                .exec(think())
                .exec(session -> session.set("term", anyOf(ADMIN_SEARCHES)))
                .exec(message(
                                "db: member search",
                                sync("member-search", "value", "\"#{term}\""),
                                event("member-search", "input"))
                        .check(gridUpdate("member-grid")))
                .exec(confirmGrid("member-grid"))
                .exec(think())
                .exec(session -> session.remove("gridUpdate"))
                .exec(message("db: member grid scroll", call("member-grid", "setViewportRange", "50,50"))
                        .check(gridUpdate("member-grid", true)))
                .exec(nextPromise())
                .doIf(session -> session.contains("gridUpdate"))
                .then(confirmGrid("member-grid"));
    }

    /** Stores one link of the kept answer, chosen at random. */
    private static ChainBuilder chooseLink(String attribute, String pattern) {
        return exec(session -> {
            List<String> links = Uidl.links(session, pattern);
            // Without a link the attribute stays unset, and the request that needs it fails (counted).
            return links.isEmpty() ? session : session.set(attribute, anyOf(links));
        });
    }

    /** Stores the links of the kept answer in random order, for {@link #visitUntilShown}. */
    private static ChainBuilder chooseLinks(String attribute, String pattern) {
        return exec(session -> {
            List<String> links = new ArrayList<>(Uidl.links(session, pattern));
            Collections.shuffle(links);
            return links.isEmpty() ? session : session.set(attribute, links);
        });
    }

    /**
     * Opens the pages of {@code attribute} (one route or a list) until one shows an element whose
     * id starts with {@code elementPrefix}, whose node id is then saved under that prefix: a
     * member's own profile, a member already written to, an event already registered for or closed
     * are skipped as a person would skip them. If none qualifies, the node id stays unset and the
     * journey's next request, which needs it, fails and is counted.
     */
    private static ChainBuilder visitUntilShown(String name, String attribute, String elementPrefix) {
        String found = node(elementPrefix);
        return exec(session -> {
                    Object routes = session.contains(attribute) ? session.get(attribute) : List.of();
                    List<?> queue = routes instanceof List<?> list ? list : List.of(String.valueOf(routes));
                    return session.set("candidates", new ArrayList<>(queue)).remove(found);
                })
                .asLongAs(session -> !session.contains(found)
                        && !session.getList("candidates").isEmpty())
                .on(exec(session -> {
                            List<Object> candidates = new ArrayList<>(session.getList("candidates"));
                            Object route = candidates.remove(0);
                            return session.set("candidates", candidates).set("route", route);
                        })
                        .exec(nextHistoryEntry())
                        .exec(navigate(name, "#{route}", keepAnswer()))
                        .exec(session -> {
                            Map<String, Integer> shown = Uidl.elementsStartingWith(session, elementPrefix);
                            return shown.isEmpty()
                                    ? session
                                    : session.set(
                                            found, shown.values().iterator().next());
                        }));
    }

    /** Saves the node ids of all elements in the kept answer whose id starts with {@code prefix}. */
    private static ChainBuilder rememberNodes(String prefix) {
        return exec(session -> {
            Session next = session;
            for (Map.Entry<String, Integer> element :
                    Uidl.elementsStartingWith(session, prefix).entrySet()) {
                next = next.set(node(element.getKey()), element.getValue());
            }
            return next;
        });
    }

    /** One workshop per slot of the session step, chosen at random, as mSync + value-changed pairs. */
    private static String slotChoices(Session session) {
        List<String> rpcs = new ArrayList<>();
        for (Map.Entry<String, Integer> slot :
                Uidl.elementsStartingWith(session, "wizard-slot-").entrySet()) {
            String value = anyOf(Uidl.radioValues(session, slot.getValue()));
            rpcs.add("{\"type\":\"mSync\",\"node\":" + slot.getValue()
                    + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value + "\"}");
            rpcs.add("{\"type\":\"event\",\"node\":" + slot.getValue() + ",\"event\":\"value-changed\",\"data\":{}}");
        }
        return String.join(",", rpcs);
    }
}
