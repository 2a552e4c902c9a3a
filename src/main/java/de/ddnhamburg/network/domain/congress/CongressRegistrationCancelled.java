package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * A registration was cancelled, by its owner or by an admin ({@code reason} given then), published
 * inside the cancelling transaction, after its places went to the waiting: for whatever must follow
 * a cancellation in the same transaction (a credit note for an invoice).
 */
public record CongressRegistrationCancelled(
        long congressId, long registrationId, @Nullable String reason) {}
