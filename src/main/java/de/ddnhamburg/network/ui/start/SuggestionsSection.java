package de.ddnhamburg.network.ui.start;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.Suggestion;
import de.ddnhamburg.network.ui.member.MemberCardItem;
import de.ddnhamburg.network.ui.member.ProfileEditView;
import de.ddnhamburg.network.ui.member.SeekingTexts;
import java.util.List;

/** "People you should meet": shared topics and expertise make a first contact easy. */
class SuggestionsSection extends Section {

    static final int SHOWN = 6;

    SuggestionsSection(MemberDirectoryService directory, MemberProfileService profiles) {
        setId("home-suggestions");
        addClassName("home-suggestions");
        add(new H2(getTranslation("home.member.suggestions.title")));
        List<Suggestion> suggestions = directory.suggestionsForMe(SHOWN, getLocale());
        if (suggestions.isEmpty()) {
            RouterLink profile =
                    new RouterLink(getTranslation("home.member.suggestions.completeProfile"), ProfileEditView.class);
            profile.addClassName("button-link");
            add(new Paragraph(getTranslation("home.member.suggestions.empty")), profile);
            return;
        }
        add(new Paragraph(getTranslation("home.member.suggestions.lead")));
        for (Suggestion suggestion : suggestions) {
            MemberCardItem card = new MemberCardItem(suggestion.card(), profiles);
            // Suggested for a matching entry alone, a member may share nothing else.
            if (suggestion.sharedCount() > 0) {
                Span shared = new Span(getTranslation("home.member.suggestions.shared", suggestion.sharedCount()));
                shared.addClassName("suggestion-shared");
                card.add(shared);
            }
            if (suggestion.congress() != null) {
                Span congress = new Span(getTranslation(
                        "congress.suggestion.alsoThere",
                        java.util.Objects.requireNonNull(suggestion.congress()).title()));
                congress.addClassName("suggestion-congress");
                card.add(congress);
            }
            suggestion.matches().forEach(match -> {
                Span why = new Span(SeekingTexts.why(this, match));
                why.addClassName("suggestion-seeking");
                card.add(why);
            });
            add(card);
        }
    }
}
