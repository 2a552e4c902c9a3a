package de.ddnhamburg.network.domain.member;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in member's account as the account page shows it.
 *
 * @param pendingEmail a new address waiting for confirmation, if any
 * @param pendingUntil until when its link works
 */
public record AccountOverview(
        String email,
        @Nullable String pendingEmail,
        @Nullable Instant pendingUntil,
        List<ConsentRecord> consents) {}
