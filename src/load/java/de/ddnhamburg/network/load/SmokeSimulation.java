package de.ddnhamburg.network.load;

import java.time.Duration;

/**
 * The smoke run of {@link LoadSmokeIT}: 100 journeys, 20 of each kind,
 * arriving within 20 seconds, with short think times; fails on any failed request or Vaadin error
 * answer. The address comes from {@code load.baseUrl}.
 */
public class SmokeSimulation extends LoadSimulation {

    static final int MEMBERS = 100;

    public SmokeSimulation() {
        super(new Settings(
                100,
                0,
                Duration.ofSeconds(20),
                Duration.ofMillis(300),
                Duration.ofMillis(1200),
                MEMBERS,
                1,
                System.getProperty("load.baseUrl", "http://127.0.0.1:8080")));
    }
}
