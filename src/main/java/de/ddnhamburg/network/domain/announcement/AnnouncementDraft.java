package de.ddnhamburg.network.domain.announcement;

import org.jspecify.annotations.Nullable;

/**
 * What the admin wrote. Subject and text are plain text, sent exactly as typed (the mail is a
 * text mail; mail programs make addresses clickable themselves). The English version is optional:
 * members who chose English get it if it is there, and the German text otherwise; the frame around
 * it (greeting, the switch-off link, the footer) is always in the member's language.
 */
public record AnnouncementDraft(
        Audience audience,
        String subject,
        String text,
        @Nullable String subjectEnglish,
        @Nullable String textEnglish) {

    /** Whether an English version was written (a subject or a text; {@link AnnouncementRules} wants both then). */
    public boolean hasEnglish() {
        return !blank(subjectEnglish) || !blank(textEnglish);
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
