package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.StoredImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An external speaker's photo, re-encoded by the same pipeline as members' photos. */
@Entity
@Table(name = "congress_speaker_photo")
class CongressSpeakerPhoto extends StoredImage {

    @Id
    @Column(name = "speaker_id")
    private long speakerId;

    protected CongressSpeakerPhoto() {}

    CongressSpeakerPhoto(long speakerId, byte[] content, Instant updatedAt) {
        super(content, updatedAt);
        this.speakerId = speakerId;
    }

    long getSpeakerId() {
        return speakerId;
    }
}
