package de.ddnhamburg.network.domain.onboarding;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a member still gets the first steps: open while {@code finishedAt} is empty. Remembered,
 * because the first step done (a group joined, the profile completed) already makes the member look
 * less new, and the list must stay until all three are done.
 */
@Entity
@Table(name = "first_steps_progress")
class FirstStepsProgress extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected FirstStepsProgress() {}

    private FirstStepsProgress(long memberId, @Nullable Instant finishedAt) {
        this.memberId = memberId;
        this.finishedAt = finishedAt;
    }

    /** A new member's steps, open until all are done. */
    static FirstStepsProgress started(long memberId) {
        return new FirstStepsProgress(memberId, null);
    }

    /** A member who was not new when first asked: never gets the steps. */
    static FirstStepsProgress notNeeded(long memberId, Instant now) {
        return new FirstStepsProgress(memberId, now);
    }

    boolean open() {
        return finishedAt == null;
    }

    @Nullable
    Instant getFinishedAt() {
        return finishedAt;
    }

    void finish(Instant now) {
        this.finishedAt = now;
    }
}
