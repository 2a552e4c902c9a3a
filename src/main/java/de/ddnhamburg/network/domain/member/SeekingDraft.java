package de.ddnhamburg.network.domain.member;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new or changed entry as the member typed it; {@link SeekingRules} checks it. */
public record SeekingDraft(
        @Nullable SeekingDirection direction,
        @Nullable SeekingKind kind,
        @Nullable String text,
        @Nullable LocalDate expiresOn) {}
