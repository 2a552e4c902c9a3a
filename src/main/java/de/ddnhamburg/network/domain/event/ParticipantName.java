package de.ddnhamburg.network.domain.event;

import org.jspecify.annotations.Nullable;

/** A participant who agreed to be listed, as the directory may show them. */
public record ParticipantName(
        long memberId, String displayName, @Nullable String organisation) {}
