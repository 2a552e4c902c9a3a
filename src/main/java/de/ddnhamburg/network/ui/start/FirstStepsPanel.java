package de.ddnhamburg.network.ui.start;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.onboarding.FirstSteps;
import de.ddnhamburg.network.domain.onboarding.FirstStepsService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.member.ProfileEditView;

/**
 * "Erste Schritte" on a new member's start page (issue 16): three small steps, each one click; a step
 * leaves the list when done, the panel goes once all are done. Who is new decides {@link FirstStepsService}. For introverts, so it asks little: no message to write.
 */
class FirstStepsPanel extends Section {

    private final FirstStepsService steps;
    private final GroupMembershipService groups;
    private final EventRegistrationService events;

    FirstStepsPanel(FirstStepsService steps, GroupMembershipService groups, EventRegistrationService events) {
        this.steps = steps;
        this.groups = groups;
        this.events = events;
        setId("home-first-steps");
        addClassNames("card", "home-first-steps");
        show();
    }

    private void show() {
        removeAll();
        FirstSteps mine = steps.mine(getLocale());
        setVisible(mine.shown());
        if (!mine.shown()) {
            return;
        }
        // A step that is done leaves the list, so that only what is left to do is there.
        OrderedList list = new OrderedList();
        list.addClassName("first-steps");
        if (!mine.profileDone()) {
            list.add(profileStep());
        }
        if (!mine.groupDone()) {
            list.add(groupStep(mine));
        }
        if (!mine.eventDone()) {
            list.add(eventStep(mine));
        }
        add(new H2(getTranslation("firstSteps.title")), new Paragraph(getTranslation("firstSteps.lead")), list);
    }

    private ListItem profileStep() {
        RouterLink link = new RouterLink(getTranslation("firstSteps.profile.action"), ProfileEditView.class);
        link.setId("first-step-profile");
        link.addClassName("button-link");
        return step("profile", "firstSteps.profile.text", link);
    }

    private ListItem groupStep(FirstSteps mine) {
        FirstSteps.GroupStep group = mine.group();
        Component action;
        if (group == null) {
            action = new Anchor(RoutePaths.GROUPS, getTranslation("firstSteps.group.browse"));
        } else {
            Button join = new Button(
                    getTranslation(
                            group.onRequest() ? "firstSteps.group.request" : "firstSteps.group.join", group.name()),
                    click -> act(
                            () -> groups.join(group.id()),
                            group.onRequest() ? "firstSteps.group.requested" : "firstSteps.group.joined"));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action = join;
        }
        action.setId("first-step-group");
        return step("group", "firstSteps.group.text", action);
    }

    private ListItem eventStep(FirstSteps mine) {
        FirstSteps.EventStep round = mine.onlineRound();
        Component action;
        if (round == null) {
            action = new Anchor(RoutePaths.EVENTS, getTranslation("firstSteps.event.browse"));
        } else {
            Button register = new Button(
                    getTranslation(
                            "firstSteps.event.register",
                            round.title(),
                            LocalFormats.dateTime(round.startsAt(), getLocale())),
                    click -> act(() -> events.register(round.id(), SeatKind.ONLINE), "firstSteps.event.registered"));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action = register;
        }
        action.setId("first-step-event");
        return step("event", "firstSteps.event.text", action);
    }

    private ListItem step(String name, String textKey, Component action) {
        ListItem item = new ListItem();
        item.setId("first-step-item-" + name);
        item.addClassName("first-step");
        item.add(new Span(getTranslation(textKey)), new Div(action));
        return item;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notices.success(successKey);
        } catch (DomainException e) {
            Notices.problem(e);
        }
        show();
    }
}
