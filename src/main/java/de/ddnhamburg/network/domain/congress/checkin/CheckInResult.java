package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.congress.DeskPerson;
import de.ddnhamburg.network.domain.congress.PaymentState;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a scan, a click on a name or an undo.
 *
 * @param person whose registration it is; null for a code that is unknown, unreadable or of
 *     another congress (the desk learns nothing about other congresses' participants)
 * @param checkIn the new check-in ({@code CHECKED_IN}), the earlier one ({@code ALREADY_CHECKED_IN})
 *     or the one taken back ({@code UNDONE})
 * @param otherCongress the title of the congress an {@code OTHER_CONGRESS} ticket is for, if public
 * @param count the counter after this
 */
public record CheckInResult(
        CheckInOutcome outcome,
        @Nullable DeskPerson person,
        @Nullable CheckInStamp checkIn,
        PaymentState payment,
        @Nullable String otherCongress,
        CheckInCount count) {}
