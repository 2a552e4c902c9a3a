package de.ddnhamburg.network.domain.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One of my notes about a contact: whom it is about (by name, which every member may see), what I
 * wrote and when I want to be reminded.
 */
public record FollowUpNoteItem(
        long subjectId,
        String subjectName,
        String text,
        @Nullable LocalDate remindOn) {}
