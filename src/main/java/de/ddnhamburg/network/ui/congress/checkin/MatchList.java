package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.DeskPerson;
import de.ddnhamburg.network.domain.congress.checkin.CheckInRules;
import de.ddnhamburg.network.domain.congress.checkin.DeskMatch;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The people a name search found, each with a button to check them in. Everyone is listed, also
 * the cancelled and those already in (marked in words); the check-in itself then warns.
 */
final class MatchList extends Div {

    private final LongConsumer checkIn;

    /** @param checkIn checks in the registration with that id */
    MatchList(LongConsumer checkIn) {
        this.checkIn = checkIn;
        setId("check-in-matches");
        addClassName("check-in-matches");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void tooShort() {
        show(message("checkin.search.tooShort", CheckInRules.SEARCH_MIN));
    }

    void show(List<DeskMatch> matches, String query) {
        if (matches.isEmpty()) {
            show(message("checkin.search.none", query));
            return;
        }
        removeAll();
        Paragraph heading = new Paragraph(getTranslation("checkin.search.found", matches.size(), query));
        heading.addClassName("check-in-matches-heading");
        add(heading);
        for (DeskMatch match : matches) {
            add(row(match));
        }
        if (matches.size() >= CheckInRules.SEARCH_LIMIT) {
            add(new Paragraph(getTranslation("checkin.search.more", CheckInRules.SEARCH_LIMIT)));
        }
        setVisible(true);
    }

    private Div row(DeskMatch match) {
        DeskPerson person = match.person();
        Span name = new Span(person.displayName());
        name.addClassName("check-in-match-name");
        Div who = new Div(name);
        who.addClassName("check-in-match-who");
        String organisation = person.organisation();
        if (organisation != null) {
            Span text = new Span(organisation);
            text.addClassName("check-in-match-organisation");
            who.add(text);
        }
        Span category = new Span(person.categoryName());
        category.addClassName("check-in-match-category");
        who.add(category);
        if (match.checkIn() != null) {
            who.add(chip(
                    getTranslation(
                            "checkin.match.checkedIn",
                            CongressFormat.time(match.checkIn().at(), getLocale()),
                            match.checkIn().desk()),
                    "stop"));
        } else if (person.status() != CongressRegistrationStatus.CONFIRMED) {
            who.add(chip(
                    getTranslation("checkin.status." + person.status().name()),
                    person.status() == CongressRegistrationStatus.CANCELLED ? "stop" : "warn"));
        }
        Button button =
                new Button(getTranslation("checkin.match.checkIn"), click -> checkIn.accept(person.registrationId()));
        button.setId("check-in-match-" + person.registrationId());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setAriaLabel(getTranslation("checkin.match.checkInNamed", person.displayName()));
        Div row = new Div(who, button);
        row.addClassName("check-in-match");
        return row;
    }

    private Span chip(String text, String tone) {
        Span chip = new Span(text);
        chip.addClassNames("check-in-chip", "tone-" + tone);
        return chip;
    }

    private Paragraph message(String key, Object... arguments) {
        Paragraph text = new Paragraph(getTranslation(key, arguments));
        text.setId("check-in-matches-message");
        return text;
    }

    private void show(Paragraph message) {
        removeAll();
        add(message);
        setVisible(true);
    }
}
