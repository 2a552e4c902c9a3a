package de.ddnhamburg.network.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The five journeys together at a constant arrival rate, against a running app (see
 * docs/benchmarks.md, "Load tests", for starting it with load-test members):
 *
 * <pre>
 * ./mvnw -Pload verify -Dload.rate=5 -Dload.seconds=120   # 5 journeys/s for two minutes
 * </pre>
 *
 * <p>{@code load.rate} journeys start per second, spread evenly over the five journeys;
 * {@code load.users} instead starts that many journeys once, evenly over {@code load.seconds}
 * (the smoke run). Fails on any failed request, which includes Vaadin's error answers. With
 * {@code load.uiP95}, {@code load.dbP95} or {@code load.allP95} (milliseconds) it also fails when
 * the 95th percentile of the UI-only requests, of each database-bound request or of all requests
 * is above it.
 */
public class LoadSimulation extends Simulation {

    /** The request names of {@link Journeys}; the assertions per kind are built from them. */
    private static final List<String> UI_ONLY = List.of(
            "ui: page start",
            "ui: init start",
            "ui: page login",
            "ui: page member start",
            "ui: init member start",
            "ui: guest form fields",
            "ui: wizard choice",
            "ui: congress cancel dialog",
            "ui: grid confirm");

    private static final List<String> DATABASE = List.of(
            "db: start",
            "db: member start",
            "db: login",
            "db: calendar",
            "db: event (guest)",
            "db: guest registration",
            "db: directory",
            "db: directory page",
            "db: directory scroll",
            "db: directory search",
            "db: profile",
            "db: contact dialog",
            "db: contact request",
            "db: event",
            "db: event registration",
            "db: congress programme",
            "db: congress wizard",
            "db: wizard category step",
            "db: wizard session step",
            "db: wizard questions step",
            "db: wizard summary",
            "db: congress registration",
            "db: congress cancellation",
            "db: member administration",
            "db: member search",
            "db: member grid scroll");

    /** What one run does; the system properties above, or fixed values for {@link SmokeSimulation}. */
    record Settings(
            int users,
            double rate,
            Duration during,
            Duration thinkMin,
            Duration thinkMax,
            int loadMembers,
            int firstMember,
            String baseUrl) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("load.users", 0),
                    Double.parseDouble(System.getProperty("load.rate", "2")),
                    Duration.ofSeconds(Integer.getInteger("load.seconds", 60)),
                    Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 1000)),
                    Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 3000)),
                    Integer.getInteger("load.members", 2000),
                    Integer.getInteger("load.firstMember", 1),
                    System.getProperty("load.baseUrl", "http://127.0.0.1:8080"));
        }
    }

    public LoadSimulation() {
        this(Settings.fromSystemProperties());
    }

    protected LoadSimulation(Settings settings) {
        Journeys journeys =
                new Journeys(settings.thinkMin(), settings.thinkMax(), settings.loadMembers(), settings.firstMember());
        OpenInjectionStep arrivals = settings.users() > 0
                ? rampUsers(Math.max(1, settings.users() / 5)).during(settings.during())
                : constantUsersPerSec(settings.rate() / 5).during(settings.during());
        List<PopulationBuilder> populations = List.of(
                journeys.guest().injectOpen(arrivals),
                journeys.memberContact().injectOpen(arrivals),
                journeys.memberEvent().injectOpen(arrivals),
                journeys.congress().injectOpen(arrivals),
                journeys.admin().injectOpen(arrivals));

        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                .acceptLanguageHeader("de-DE,de;q=0.9")
                .userAgentHeader("ddn-load-test (Gatling)")
                .header("X-Forwarded-For", "#{xff}")
                .disableCaching();

        setUp(populations).protocols(protocol).assertions(assertions());
    }

    private static List<Assertion> assertions() {
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        Integer uiP95 = Integer.getInteger("load.uiP95");
        Integer dbP95 = Integer.getInteger("load.dbP95");
        Integer allP95 = Integer.getInteger("load.allP95");
        if (uiP95 != null) {
            UI_ONLY.forEach(name ->
                    assertions.add(details(name).responseTime().percentile(95.0).lte(uiP95)));
        }
        if (dbP95 != null) {
            DATABASE.forEach(name ->
                    assertions.add(details(name).responseTime().percentile(95.0).lte(dbP95)));
        }
        if (allP95 != null) {
            assertions.add(global().responseTime().percentile(95.0).lte(allP95));
        }
        return assertions;
    }
}
