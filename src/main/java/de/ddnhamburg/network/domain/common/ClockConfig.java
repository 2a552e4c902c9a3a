package de.ddnhamburg.network.domain.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can replace it and control time. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    /** The network is in Hamburg: times are stored as UTC instants and shown in this zone. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Berlin");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
