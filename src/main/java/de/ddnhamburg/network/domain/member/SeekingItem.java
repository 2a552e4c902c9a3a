package de.ddnhamburg.network.domain.member;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry as shown: on the own profile also when it has expired ({@code expired}), to others only while it runs. */
public record SeekingItem(
        long id,
        SeekingDirection direction,
        SeekingKind kind,
        String text,
        @Nullable LocalDate expiresOn,
        boolean expired) {}
