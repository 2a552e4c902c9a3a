package de.ddnhamburg.network.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.browser.PackagedApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The load-test smoke run, part of {@code ./mvnw verify} (its own failsafe execution, after the jar is
 * packaged; {@code -DskipLoadSmoke=true} skips it): the packaged jar on a fresh data directory with
 * 100 load-test members, on a port from {@code browser.ports} where that is set; then
 * {@link WarmUpSimulation} (one journey of each kind, not judged) and {@link SmokeSimulation} (100
 * users of the five journeys within 20 s) through Gatling in this JVM. Gatling's exit status is 0
 * only if every request passed its checks, so any failed request or Vaadin error answer fails the
 * build. It is meant to take under two minutes and reports how long it took; only one that hangs
 * ({@link #RUN_LIMIT}) fails for its time. Reports: target/gatling/smokesimulation-*.
 */
@Tag("load-smoke")
class LoadSmokeIT {

    private static final Duration MEMBERS_LIMIT = Duration.ofMinutes(3);

    /** What the smoke run is meant to take at most (issue 13); reported, not asserted. */
    private static final Duration TARGET = Duration.ofMinutes(2);

    /**
     * 5 minutes; {@code -Dload.smoke-minutes} changes it. Only a run that hangs fails here: on a build
     * machine shared with other builds the same 100 journeys took 142 s (load average 17 to 20) without
     * a failed request, and a timing limit would fail for the machine's sake, not the app's. A request
     * that takes a minute fails anyway (Gatling's request timeout).
     */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(Long.getLong("load.smoke-minutes", 5));

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

            // Its outcome is only logged: what it meets is a cold JVM, which the smoke run is not about.
            int warmUp = gatling(WarmUpSimulation.class, results, "warm-up", "--no-reports");
            System.out.println("Warm-up: Gatling's exit status " + warmUp);

            long started = System.nanoTime();
            int status = gatling(SmokeSimulation.class, results, "smoke");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("Smoke run: " + took.toMillis() + " ms"
                    + (took.compareTo(TARGET) < 0
                            ? ""
                            : ", longer than the " + TARGET.toMinutes() + " minutes it is meant to take"));

            assertThat(status)
                    .as("Gatling's exit status (0: every request passed); report in %s, app log %s", results, app.log())
                    .isZero();
            assertThat(took).as("the smoke run").isLessThan(RUN_LIMIT);
        } finally {
            // The app has stopped (closed above); its H2 file and logs are of no use after the run.
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static int gatling(Class<?> simulation, Path results, String description, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--simulation", simulation.getName(),
                "--results-folder", results.toString(),
                "--run-description", description));
        arguments.addAll(List.of(more));
        return io.gatling.app.Gatling$.MODULE$.fromArgs(arguments.toArray(String[]::new));
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
