package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * A speaker as an admin enters them: a member (the name comes from the profile when left empty) or
 * an external person with name, organisation and a short bio.
 */
public record SpeakerDraft(
        @Nullable Long memberId,
        @Nullable String name,
        @Nullable String organisation,
        @Nullable String bio) {}
