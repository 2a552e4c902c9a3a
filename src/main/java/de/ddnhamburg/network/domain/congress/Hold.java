package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a registration holds the place it gets: {@link #confirmed()} (a member, no approval needed),
 * {@link #awaitingApproval()} (an admin approves the category first), or {@link #until} (a guest
 * who has not confirmed the address yet; the place, or the waiting place, is released at that
 * moment). A registration that waits and is promoted later gets the same from its row: an
 * unconfirmed guest's hold is kept while waiting, and the category says whether approval is needed.
 */
public record Hold(
        CongressRegistrationStatus status, @Nullable Instant expiresAt) {

    public Hold {
        if (!status.holdsPlace()) {
            throw new IllegalArgumentException("a hold holds a place: " + status);
        }
        if ((status == CongressRegistrationStatus.UNCONFIRMED) != (expiresAt != null)) {
            throw new IllegalArgumentException("exactly an unconfirmed hold expires");
        }
    }

    public static Hold confirmed() {
        return new Hold(CongressRegistrationStatus.CONFIRMED, null);
    }

    public static Hold awaitingApproval() {
        return new Hold(CongressRegistrationStatus.AWAITING_APPROVAL, null);
    }

    public static Hold until(Instant expiresAt) {
        return new Hold(CongressRegistrationStatus.UNCONFIRMED, Objects.requireNonNull(expiresAt));
    }
}
