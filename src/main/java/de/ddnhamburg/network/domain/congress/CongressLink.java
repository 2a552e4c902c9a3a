package de.ddnhamburg.network.domain.congress;

import java.time.LocalDate;

/**
 * A congress to link to (navigation, empty states).
 *
 * @param registrationOpen whether registering is possible now
 */
public record CongressLink(long id, String title, LocalDate firstDay, boolean registrationOpen) {}
