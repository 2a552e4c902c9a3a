package de.ddnhamburg.network.load;

import java.time.Duration;

/**
 * One journey of each kind against a freshly started app, before {@link SmokeSimulation} (see
 * {@link LoadSmokeIT}): the first requests of a new JVM load classes and compile code for seconds
 * each, and on a loaded build machine eight of the smoke run's first guests waited out Gatling's
 * 60-second request timeout for that. Its members come from the end of the range, which the smoke
 * run does not use.
 */
public class WarmUpSimulation extends LoadSimulation {

    /** The first load-test member of the warm-up; the smoke run takes 60 from the first. */
    static final int FIRST_MEMBER = SmokeSimulation.MEMBERS - 4;

    public WarmUpSimulation() {
        super(new Settings(
                5,
                0,
                Duration.ofSeconds(5),
                Duration.ofMillis(100),
                Duration.ofMillis(300),
                SmokeSimulation.MEMBERS,
                FIRST_MEMBER,
                System.getProperty("load.baseUrl", "http://127.0.0.1:8080")));
    }
}
