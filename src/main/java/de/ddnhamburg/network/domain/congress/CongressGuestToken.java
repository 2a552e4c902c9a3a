package de.ddnhamburg.network.domain.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A link mailed to a congress guest, stored by the hash of its secret only (V120). A confirmation
 * link is used up by a conditional update, so that of two racing clicks one wins; no version.
 */
@Entity
@Table(name = "congress_guest_token")
class CongressGuestToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CongressTokenPurpose purpose = CongressTokenPurpose.CONFIRM;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", updatable = false)
    private @Nullable Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(nullable = false, updatable = false, length = 320)
    private String recipient = "";

    protected CongressGuestToken() {}

    CongressGuestToken(
            long registrationId,
            CongressTokenPurpose purpose,
            String tokenHash,
            Instant createdAt,
            @Nullable Instant expiresAt,
            String recipient) {
        this.registrationId = registrationId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.recipient = recipient;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    long getRegistrationId() {
        return registrationId;
    }

    CongressTokenPurpose getPurpose() {
        return purpose;
    }

    @Nullable
    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getUsedAt() {
        return usedAt;
    }
}
