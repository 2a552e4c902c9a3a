package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A speaker of a congress: a member (linked to the profile) or an external person. */
@Entity
@Table(name = "congress_speaker")
class CongressSpeaker extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(length = 200)
    private @Nullable String organisation;

    @Column(length = 2000)
    private @Nullable String bio;

    protected CongressSpeaker() {}

    CongressSpeaker(long congressId, @Nullable Long memberId, String name) {
        this.congressId = congressId;
        this.memberId = memberId;
        this.name = name;
    }

    long id() {
        return Objects.requireNonNull(getId(), "speaker not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    @Nullable
    Long getMemberId() {
        return memberId;
    }

    void setMemberId(@Nullable Long memberId) {
        this.memberId = memberId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    @Nullable
    String getOrganisation() {
        return organisation;
    }

    void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    @Nullable
    String getBio() {
        return bio;
    }

    void setBio(@Nullable String bio) {
        this.bio = bio;
    }
}
