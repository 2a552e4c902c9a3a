package de.ddnhamburg.network.domain.member;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountConfig {

    @Bean
    AccountSettings accountSettings(
            @Value("${app.public-url}") URI publicUrl,
            @Value("${app.privacy.version}") String privacyVersion,
            @Value("${app.membership.approval-required:false}") boolean approvalRequired,
            @Value("${app.account.confirmation-validity:48h}") Duration confirmationValidity,
            @Value("${app.account.reset-validity:60m}") Duration resetValidity,
            @Value("${app.account.email-change-validity:24h}") Duration emailChangeValidity,
            @Value("${app.account.mails-per-hour:3}") int mailsPerHour) {
        return new AccountSettings(
                publicUrl,
                privacyVersion,
                approvalRequired,
                confirmationValidity,
                resetValidity,
                emailChangeValidity,
                mailsPerHour);
    }
}
