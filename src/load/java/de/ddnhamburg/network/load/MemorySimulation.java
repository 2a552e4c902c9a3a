package de.ddnhamburg.network.load;

import static de.ddnhamburg.network.load.Uidl.call;
import static de.ddnhamburg.network.load.Uidl.load;
import static de.ddnhamburg.network.load.Uidl.login;
import static de.ddnhamburg.network.load.Uidl.message;
import static de.ddnhamburg.network.load.Uidl.navigate;
import static de.ddnhamburg.network.load.Uidl.nextHistoryEntry;
import static de.ddnhamburg.network.load.Uidl.nextPromise;
import static de.ddnhamburg.network.load.Uidl.nodes;
import static de.ddnhamburg.network.load.Uidl.pushMode;
import static de.ddnhamburg.network.load.Uidl.shows;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logged-in sessions with the directory open, for the heap per session (issue 13, point 3;
 * docs/benchmarks.md, "Memory per session"): each virtual user logs in as its own load-test
 * member through the login page (whose UI the next page's closes, as in a browser), opens the start page, goes to the directory, lets it render its first
 * {@code load.rows} cards, opens the push connection if the server has switched push on for the page
 * (WebSocket, as the browser does) and then holds still for {@code load.holdSeconds} without a
 * request, while the heap is read.
 *
 * <pre>
 * ./mvnw -Pload test-compile gatling:test -Dgatling.simulationClass=de.ddnhamburg.network.load.MemorySimulation \
 *     -Dload.users=200 -Dload.seconds=40 -Dload.holdSeconds=120
 * </pre>
 */
public class MemorySimulation extends Simulation {

    private final AtomicInteger nextMember = new AtomicInteger();

    public MemorySimulation() {
        int users = Integer.getInteger("load.users", 100);
        int firstMember = Integer.getInteger("load.firstMember", 1);
        int rows = Integer.getInteger("load.rows", 30);
        boolean push = Boolean.parseBoolean(System.getProperty("load.push", "true"));
        String baseUrl = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");

        ChainBuilder session = exec(s -> s.set(
                                "email",
                                String.format(
                                        Locale.ROOT,
                                        "load-%05d@load.example.org",
                                        firstMember + nextMember.getAndIncrement()))
                        .set("xff", "10.1." + (s.userId() / 250) + "." + (1 + s.userId() % 250)))
                // As a browser: the login page with its UI and view (page, init, navigation), then the
                // form's post. The login page's UI stays in the session until the next page's UI closes
                // it (ui.account.LoginPageCleanup). Until 5 Dec 19:30 the journey made only the UI
                // (init, no navigation), which left an empty UI per session that no browser leaves.
                .exec(load("login page", "login", shows("login-join-link")))
                .exec(login())
                .exitHereIfFailed()
                .exec(load("member start", "start"))
                .exec(nextHistoryEntry())
                .exec(navigate("db: directory", "'mitglieder'", nodes("directory-results"))
                        .check(pushMode("$.changes")))
                .exec(message("db: directory page", call("directory-results", "setViewportRange", "0," + rows)))
                .exec(nextPromise());
        if (push) {
            // As Vaadin's client: a WebSocket only while the UI's push mode is on, which the server
            // decides per page (ui.components.LivePagePush; before it, @Push put it on everywhere).
            session = session.doIf(Uidl::pushOn)
                    .then(exec(ws("push: open")
                            .connect("/VAADIN/push?v-r=push&v-uiId=#{uiId}&v-pushId=#{pushId}"
                                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                                    + "&X-Atmosphere-Transport=websocket&X-atmo-protocol=true"
                                    + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8")));
        }
        session = session.exec(pause(Duration.ofSeconds(Integer.getInteger("load.holdSeconds", 60))));
        if (push) {
            session = session.doIf(Uidl::pushOn).then(exec(ws("push: close").close()));
        }

        setUp(scenario("logged-in member with the directory open")
                        .exec(session)
                        .injectOpen(
                                rampUsers(users).during(Duration.ofSeconds(Integer.getInteger("load.seconds", 30)))))
                .protocols(http.baseUrl(baseUrl)
                        .wsBaseUrl(baseUrl.replaceFirst("^http", "ws"))
                        .acceptLanguageHeader("de-DE,de;q=0.9")
                        .userAgentHeader("ddn-load-test (Gatling)")
                        .header("X-Forwarded-For", "#{xff}")
                        .disableCaching())
                .assertions(global().failedRequests().count().is(0L));
    }
}
