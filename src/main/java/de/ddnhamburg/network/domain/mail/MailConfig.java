package de.ddnhamburg.network.domain.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when Spring Boot has built a mail sender (it does so exactly when {@code spring.mail.host}
 * is set), the log otherwise. Where mails must really go out ({@code app.mail.smtp-required}, set in
 * the prod profile), a missing server stops the start instead of silently logging every password
 * reset.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfig.class);

    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> smtp, MailProperties properties, Clock clock) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender != null) {
            return new SmtpMailGateway(sender, properties.sender(), clock);
        }
        if (properties.smtpRequired()) {
            throw new IllegalStateException("No SMTP server is configured, so no mail could be sent. Set "
                    + "SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD as needed).");
        }
        LOG.warn("No SMTP server configured (SPRING_MAIL_HOST): mails are written to the log, not sent.");
        return new LoggingMailGateway();
    }
}
