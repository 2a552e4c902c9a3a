package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** A speaker named at a session. */
public record SpeakerRef(long id, String name, @Nullable String organisation) {}
