package de.ddnhamburg.network.domain.member;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The members directory (docs/decisions/005-directory-query.md). Its nightly reordering
 * ({@code app.directory.reorder-cron}) is read by the schedule itself.
 *
 * @param countLimit up to how many matches the directory counts exactly; beyond it, it says "more than"
 */
@Validated
@ConfigurationProperties("app.directory")
record DirectoryProperties(@DefaultValue("1000") @Min(1) int countLimit) {}
