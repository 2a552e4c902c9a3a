package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of an announcement, shared by the editor (field names, lengths) and the service.
 * The subject is one line: it becomes a mail header.
 */
public final class AnnouncementRules {

    /** The choices of a segment, each a field of its own in the editor. */
    public static final String GROUP = "group";

    public static final String CONGRESS = "congress";
    public static final String CATEGORY = "category";
    public static final String SESSION = "session";
    public static final String EVENT = "event";
    public static final String SUBJECT = "subject";
    public static final String TEXT = "text";
    public static final String SUBJECT_ENGLISH = "subjectEnglish";
    public static final String TEXT_ENGLISH = "textEnglish";

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 10_000;

    private AnnouncementRules() {}

    /** Every problem of the texts at once; the audience is checked when it is resolved. */
    static void check(AnnouncementDraft draft) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        subject(problems, SUBJECT, draft.subject());
        text(problems, TEXT, draft.text());
        if (draft.hasEnglish()) {
            subject(problems, SUBJECT_ENGLISH, draft.subjectEnglish());
            text(problems, TEXT_ENGLISH, draft.textEnglish());
        }
        problems.throwIfAny();
    }

    private static void subject(InvalidInputException.Problems problems, String field, @Nullable String value) {
        if (AnnouncementDraft.blank(value)) {
            problems.add(field, "announcement.validation.subjectRequired");
            return;
        }
        String subject = value == null ? "" : value.strip();
        if (subject.length() > SUBJECT_MAX) {
            problems.add(field, "announcement.validation.subjectTooLong", SUBJECT_MAX);
        } else if (subject.chars().anyMatch(Character::isISOControl)) {
            problems.add(field, "announcement.validation.subjectOneLine");
        }
    }

    private static void text(InvalidInputException.Problems problems, String field, @Nullable String value) {
        if (AnnouncementDraft.blank(value)) {
            problems.add(field, "announcement.validation.textRequired");
            return;
        }
        if ((value == null ? "" : value.strip()).length() > TEXT_MAX) {
            problems.add(field, "announcement.validation.textTooLong", TEXT_MAX);
        }
    }
}
