package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration of the demo data ({@link CongressProvisioning#register}): a member's (with the
 * member's id and address) or a guest's, placed at {@code registeredAt} in the past as the
 * registration services place it, holding its place as {@code hold} says; {@code cancelledAt}
 * cancels it afterwards.
 */
public record DemoRegistration(
        long congressId,
        long categoryId,
        @Nullable Long memberId,
        String firstName,
        String lastName,
        String email,
        @Nullable String organisation,
        List<SessionWish> wishes,
        Hold hold,
        Instant registeredAt,
        @Nullable Instant cancelledAt) {

    public DemoRegistration {
        wishes = List.copyOf(wishes);
    }
}
