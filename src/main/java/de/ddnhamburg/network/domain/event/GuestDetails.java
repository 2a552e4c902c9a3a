package de.ddnhamburg.network.domain.event;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A guest's input after {@link GuestRules}: trimmed, the address lower case. */
record GuestDetails(String name, String email, @Nullable String organisation, SeatKind seatKind, Locale language) {}
