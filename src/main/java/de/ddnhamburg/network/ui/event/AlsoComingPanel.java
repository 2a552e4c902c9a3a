package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventExtras;
import de.ddnhamburg.network.domain.event.FellowParticipant;
import de.ddnhamburg.network.ui.member.MemberProfileView;

/**
 * "Wer noch kommt": participants on the list who share topics or groups with me, so that a first
 * conversation at the event has something to start from.
 */
class AlsoComingPanel extends Section {

    AlsoComingPanel(EventExtras extras) {
        setId("event-also-coming");
        add(new H2(getTranslation("event.alsoComing.title")));
        if (extras.alsoComing().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("event.alsoComing.empty"));
            empty.setId("event-also-coming-empty");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("event.alsoComing.lead")));
        UnorderedList list = new UnorderedList();
        for (FellowParticipant fellow : extras.alsoComing()) {
            RouterLink name = new RouterLink(
                    fellow.displayName(),
                    MemberProfileView.class,
                    new RouteParameters(MemberProfileView.ID, String.valueOf(fellow.memberId())));
            Div shared = new Div();
            if (!fellow.sharedTopics().isEmpty()) {
                shared.add(
                        new Div(getTranslation("event.alsoComing.topics", String.join(", ", fellow.sharedTopics()))));
            }
            if (!fellow.sharedGroups().isEmpty()) {
                shared.add(
                        new Div(getTranslation("event.alsoComing.groups", String.join(", ", fellow.sharedGroups()))));
            }
            ListItem item = fellow.organisation() == null
                    ? new ListItem(name, shared)
                    : new ListItem(name, new Span(" (" + fellow.organisation() + ")"), shared);
            item.setId("event-also-coming-" + fellow.memberId());
            list.add(item);
        }
        add(list);
    }
}
