package de.ddnhamburg.network.domain.announcement;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The subject and text one recipient gets, in their language where the admin wrote one for it. */
record AnnouncementText(String subject, String text) {

    static AnnouncementText of(
            String subject,
            String text,
            @Nullable String subjectEnglish,
            @Nullable String textEnglish,
            Locale language) {
        boolean english = Locale.ENGLISH.getLanguage().equals(language.getLanguage());
        if (english
                && subjectEnglish != null
                && textEnglish != null
                && !subjectEnglish.isBlank()
                && !textEnglish.isBlank()) {
            return new AnnouncementText(subjectEnglish.strip(), textEnglish.strip());
        }
        return new AnnouncementText(subject.strip(), text.strip());
    }

    static AnnouncementText of(AnnouncementDraft draft, Locale language) {
        return of(draft.subject(), draft.text(), draft.subjectEnglish(), draft.textEnglish(), language);
    }
}
