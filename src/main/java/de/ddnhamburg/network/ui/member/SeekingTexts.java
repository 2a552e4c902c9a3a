package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.Component;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.domain.member.SeekingMatch;

/** The words for "Ich suche / Ich biete" entries, shared by the profile, the directory and the start page. */
public final class SeekingTexts {

    private SeekingTexts() {}

    /** Such as "Ich biete: Mentoring" in the own editor, or "Bietet: Mentoring" on someone else's profile. */
    public static String label(Component translator, SeekingDirection direction, SeekingKind kind, boolean own) {
        return translator.getTranslation(
                (own ? "seeking.own." : "seeking.other.") + direction.name(), kind(translator, direction, kind));
    }

    public static String kind(Component translator, SeekingDirection direction, SeekingKind kind) {
        return translator.getTranslation("seeking.kind." + direction.name() + "." + kind.name());
    }

    /** Why a suggestion matters, in words: "Bietet, was Sie suchen: eine Mentorin oder einen Mentor". */
    public static String why(Component translator, SeekingMatch match) {
        return translator.getTranslation(
                "seeking.suggestion." + match.theirDirection().name(),
                kind(translator, match.theirDirection(), match.kind()));
    }
}
