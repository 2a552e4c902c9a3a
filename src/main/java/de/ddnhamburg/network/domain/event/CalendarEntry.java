package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event in the calendar.
 *
 * @param groupName the organising group's name, if a group organises it
 * @param freeInPerson seats on site still free; {@code null} if not offered or unlimited
 * @param freeOnline online seats still free; {@code null} if not offered or unlimited
 * @param myStatus my registration, if I am registered or waiting; {@code null} otherwise and for guests
 */
public record CalendarEntry(
        long id,
        String title,
        EventType type,
        EventFormat format,
        Instant startsAt,
        Instant endsAt,
        @Nullable String venue,
        EventAudience audience,
        @Nullable Long groupId,
        @Nullable String groupName,
        @Nullable Long freeInPerson,
        @Nullable Long freeOnline,
        @Nullable RegistrationStatus myStatus) {}
