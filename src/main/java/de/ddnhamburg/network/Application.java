package de.ddnhamburg.network;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// A feature adds a *Properties record without registering it anywhere (docs/architecture.md, "Conventions").
@ConfigurationPropertiesScan
@EnableScheduling
// @Retryable, through domain.common.RetryOnLostRace, needs it.
@EnableResilientMethods
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
