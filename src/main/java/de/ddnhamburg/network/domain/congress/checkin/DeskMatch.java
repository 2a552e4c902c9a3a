package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.congress.DeskPerson;
import org.jspecify.annotations.Nullable;

/** A registration found by name or organisation, and its check-in if it has one. */
public record DeskMatch(DeskPerson person, @Nullable CheckInStamp checkIn) {}
