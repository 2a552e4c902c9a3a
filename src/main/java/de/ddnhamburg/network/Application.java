package de.ddnhamburg.network;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
// For @Retryable, used through domain.common.RetryOnLostRace.
@EnableResilientMethods
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
