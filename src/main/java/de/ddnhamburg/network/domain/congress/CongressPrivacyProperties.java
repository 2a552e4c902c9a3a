package de.ddnhamburg.network.domain.congress;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Privacy after a congress (docs/configuration.md, docs/personal-data.md). The job runs with the
 * other retention jobs ({@code app.retention.cron}).
 *
 * @param eraseAfterDays how many days after the congress's last day its dietary and accessibility
 *     needs and its guests' personal data are kept; they are erased on the day after that
 */
@Validated
@ConfigurationProperties("app.congress.privacy")
record CongressPrivacyProperties(@DefaultValue("90") @Min(0) int eraseAfterDays) {}
