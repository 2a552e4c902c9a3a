package de.ddnhamburg.network.domain.common;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "clockDateTimeProvider")
class PersistenceConfig {

    @Bean
    DateTimeProvider clockDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
