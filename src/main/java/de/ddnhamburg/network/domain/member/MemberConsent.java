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

/** Append-only proof of a consent: never changed after it was written, so it has no version. */
@Entity
@Table(name = "member_consent")
class MemberConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentKind kind;

    @Column(nullable = false, updatable = false)
    private String version;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    protected MemberConsent() {
        this.kind = ConsentKind.PRIVACY_NOTICE;
        this.version = "";
        this.givenAt = Instant.EPOCH;
    }

    MemberConsent(long memberId, ConsentKind kind, String version, Instant givenAt) {
        this.memberId = memberId;
        this.kind = kind;
        this.version = version;
        this.givenAt = givenAt;
    }

    ConsentRecord toRecord() {
        return new ConsentRecord(kind, version, givenAt);
    }
}
