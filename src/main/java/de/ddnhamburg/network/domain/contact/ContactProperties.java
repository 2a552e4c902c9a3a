package de.ddnhamburg.network.domain.contact;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param dailyRequestLimit how many contact requests one member may send in any 24 hours, so that
 *     nobody can mail the whole network in an afternoon ({@code APP_CONTACT_DAILY_REQUEST_LIMIT})
 */
@Validated
@ConfigurationProperties("app.contact")
record ContactProperties(@DefaultValue("20") @Min(1) int dailyRequestLimit) {}
