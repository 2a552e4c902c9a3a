package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.EventExtras;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.ParticipantName;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.Locale;

/**
 * Who takes part, as far as they chose to show it, with my own choice to appear in the list ("Mich
 * als Teilnehmer:in zeigen", off until I switch it on).
 */
class ParticipantsPanel extends Section {

    private final EventParticipationService participation;
    private final long eventId;
    private final UnorderedList names = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    ParticipantsPanel(EventParticipationService participation, EventExtras extras) {
        this.participation = participation;
        this.eventId = extras.eventId();
        setId("event-participants");
        names.setId("event-participant-names");
        empty.setId("event-participants-empty");
        empty.setText(getTranslation("event.participants.empty"));
        add(new H2(getTranslation("event.participants.title")));
        Boolean shown = extras.shownAsParticipant();
        if (shown != null) {
            Checkbox showMe = new Checkbox(getTranslation("event.participants.showMe"), shown);
            showMe.setId("event-show-me");
            showMe.setHelperText(getTranslation("event.participants.showMeHelp"));
            showMe.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    choose(showMe, change.getValue(), change.getOldValue());
                }
            });
            add(showMe);
        }
        add(names, empty);
        show(extras);
    }

    private void choose(Checkbox showMe, boolean shown, boolean before) {
        try {
            participation.showMe(eventId, shown);
            Notices.success("event.participants.saved");
            show(participation.extras(eventId, locale()));
        } catch (DomainException problem) {
            showMe.setValue(before);
            Notices.problem(problem);
        }
    }

    private void show(EventExtras extras) {
        names.removeAll();
        for (ParticipantName participant : extras.participants()) {
            names.add(new ListItem(
                    participant.organisation() == null
                            ? participant.displayName()
                            : participant.displayName() + " (" + participant.organisation() + ")"));
        }
        names.setVisible(!extras.participants().isEmpty());
        empty.setVisible(extras.participants().isEmpty());
    }

    private Locale locale() {
        return getLocale();
    }
}
