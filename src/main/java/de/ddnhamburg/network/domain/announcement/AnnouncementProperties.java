package de.ddnhamburg.network.domain.announcement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How fast announcements go out (docs/configuration.md, "Announcements"). The job runs every
 * {@code app.announcements.batch-interval}, which its schedule reads, and queues at most
 * {@code batchSize} mails per run, so that an announcement to everybody does not push the
 * transactional mails (confirmations, password links) behind thousands of others in the outbox.
 *
 * @param batchSize recipients per run of the job
 */
@Validated
@ConfigurationProperties("app.announcements")
record AnnouncementProperties(
        @DefaultValue("200") @Min(1) @Max(10_000) int batchSize) {}
