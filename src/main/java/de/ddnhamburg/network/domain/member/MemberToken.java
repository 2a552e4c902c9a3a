package de.ddnhamburg.network.domain.member;

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
 * A mailed one-time link, stored by the hash of its secret only. It is used up by a conditional
 * update in {@link MemberTokenRepository#markUsed}, not through this object, so that two clicks
 * racing each other cannot both succeed; hence no version.
 */
@Entity
@Table(name = "member_token")
class MemberToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "new_email", updatable = false)
    private @Nullable String newEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MemberToken() {
        this.purpose = TokenPurpose.CONFIRM_EMAIL;
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    MemberToken(
            long memberId,
            TokenPurpose purpose,
            String tokenHash,
            Instant createdAt,
            Instant expiresAt,
            @Nullable String newEmail) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.newEmail = newEmail;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getMemberId() {
        return memberId;
    }

    TokenPurpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getUsedAt() {
        return usedAt;
    }

    @Nullable
    String getNewEmail() {
        return newEmail;
    }
}
