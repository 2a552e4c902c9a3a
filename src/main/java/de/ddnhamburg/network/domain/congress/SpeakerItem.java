package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** A speaker of a congress; {@code memberId} links a member's profile. */
public record SpeakerItem(
        long id,
        @Nullable Long memberId,
        String name,
        @Nullable String organisation,
        @Nullable String bio,
        boolean hasPhoto) {

    static SpeakerItem of(CongressSpeaker speaker, boolean hasPhoto) {
        return new SpeakerItem(
                speaker.id(),
                speaker.getMemberId(),
                speaker.getName(),
                speaker.getOrganisation(),
                speaker.getBio(),
                hasPhoto);
    }

    public SpeakerDraft toDraft() {
        return new SpeakerDraft(memberId, name, organisation, bio);
    }
}
