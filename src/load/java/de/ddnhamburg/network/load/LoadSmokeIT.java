package de.ddnhamburg.network.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.browser.PackagedApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The load-test smoke run ({@code ./mvnw -Pload verify -DskipLoadSmoke=false -Dgatling.skip=true}, not yet
 * in the default build): the packaged jar on a fresh data directory with
 * 100 load-test members, then {@link SmokeSimulation} (100 users of the five journeys within 20 s)
 * through Gatling in this JVM. Gatling's exit status is 0 only if every request passed its checks,
 * so any failed request or Vaadin error answer fails the build. Report: target/gatling/smoke*.
 */
class LoadSmokeIT {

    private static final Duration MEMBERS_LIMIT = Duration.ofMinutes(3);

    @Test
    void hundred_users_of_the_five_journeys_in_twenty_seconds_get_no_error() throws Exception {
        Path data = Files.createTempDirectory("ddn-load-data");
        try (PackagedApp app = PackagedApp.start(
                PackagedApp.jar(),
                data,
                "--app.demo-data.load-members=" + SmokeSimulation.MEMBERS,
                // Each virtual user sends its own X-Forwarded-For, as visitors behind a proxy arrive.
                "--app.security.proxy.trusted=127.0.0.1,::1")) {
            awaitLine(app.log(), "Loaded load-test members");
            System.setProperty("load.baseUrl", app.url("").replaceAll("/$", ""));
            Path results = Path.of(System.getProperty("gatling.results", "target/gatling"));
            long started = System.nanoTime();

            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", SmokeSimulation.class.getName(),
                "--results-folder", results.toString(),
                "--run-description", "smoke"
            });

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(status)
                    .as("Gatling's exit status (0: every request passed); report in %s, app log %s", results, app.log())
                    .isZero();
            assertThat(took).as("the smoke run").isLessThan(Duration.ofMinutes(2));
        }
    }

    private static void awaitLine(Path log, String line) throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(MEMBERS_LIMIT);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
            if (Instant.now().isAfter(limit)) {
                throw new IllegalStateException("No '" + line + "' in " + log);
            }
            Thread.sleep(200);
        }
    }
}
