package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a congress's needs and guests' personal data are erased ({@link CongressDataRetention}).
 *
 * @param erasesOn the day from which the retention job erases them
 * @param daysAfter how many days after the congress's last day they are kept
 * @param erasedAt when they were erased, or {@code null} while they are kept
 */
public record PersonalDataErasure(
        LocalDate erasesOn, int daysAfter, @Nullable Instant erasedAt) {}
