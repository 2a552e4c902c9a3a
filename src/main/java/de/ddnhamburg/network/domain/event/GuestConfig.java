package de.ddnhamburg.network.domain.event;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GuestConfig {

    @Bean
    GuestSettings guestSettings(
            @Value("${app.public-url}") URI publicUrl,
            @Value("${app.privacy.version}") String privacyVersion,
            @Value("${app.events.guest-hold:PT24H}") Duration hold,
            @Value("${app.events.guest-mails-per-hour:5}") int mailsPerHour,
            @Value("${app.events.guest-retention:P90D}") Duration retention) {
        return new GuestSettings(publicUrl, privacyVersion, hold, mailsPerHour, retention);
    }
}
