package de.ddnhamburg.network.domain.common;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long records are kept before the retention jobs delete them (docs/configuration.md,
 * "Retention"; docs/personal-data.md). The jobs run on {@code app.retention.cron}, each on one node.
 *
 * @param mails sent and failed outbox mails, counted from when they were queued
 * @param securityLog security-log (audit) entries
 * @param usedLinks one-time links, counted from their use or expiry
 * @param unconfirmedJoins registrations whose address was never confirmed
 */
@Validated
@ConfigurationProperties("app.retention")
public record RetentionProperties(
        @DefaultValue("365d") @DurationMin(days = 1) Duration mails,
        @DefaultValue("365d") @DurationMin(days = 1) Duration securityLog,
        @DefaultValue("30d") @DurationMin(days = 1) Duration usedLinks,
        @DefaultValue("7d") @DurationMin(days = 1) Duration unconfirmedJoins) {}
