package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.GroupCalendarFeedService;
import de.ddnhamburg.network.domain.event.GroupCalendarOffer;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.Objects;

/**
 * "Kalender abonnieren" on a group page: the group's public feed where guests may see the group,
 * and for its members their secret address, shown once when it is made (only its hash is kept),
 * renewed or revoked after a confirmation. Hidden for whoever may subscribe to neither.
 */
class GroupCalendarSubscription extends Section {

    private final GroupCalendarFeedService feeds;
    private final long groupId;
    private final Div personal = new Div();
    private final TextField address = new TextField();

    GroupCalendarSubscription(GroupCalendarFeedService feeds, long groupId) {
        this.feeds = feeds;
        this.groupId = groupId;
        setId("group-calendar");
        addClassNames("card", "group-people");
        GroupCalendarOffer offer = feeds.offer(groupId);
        setVisible(offer.publicFeed() != null || offer.personalFeed());
        add(new H2(getTranslation("group.calendar.title")));
        if (offer.publicFeed() != null) {
            Anchor link = new Anchor(offer.publicFeed(), getTranslation("group.calendar.public"));
            link.setId("group-calendar-public");
            link.getElement().setAttribute("router-ignore", true);
            add(new Paragraph(getTranslation("group.calendar.publicLead")), link);
        }
        address.setId("group-calendar-address");
        address.setLabel(getTranslation("calendar.subscription.address"));
        address.setHelperText(getTranslation("calendar.subscription.copyHint"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        personal.setId("group-calendar-personal");
        personal.setVisible(offer.personalFeed());
        add(personal);
        show(offer);
    }

    private void show(GroupCalendarOffer offer) {
        personal.removeAll();
        if (!offer.personalFeed()) {
            return;
        }
        Paragraph status = new Paragraph(
                offer.hasPersonalAddress()
                        ? getTranslation(
                                "group.calendar.personalActive",
                                DateTimeFormat.appointment(Objects.requireNonNull(offer.personalSince()), getLocale()))
                        : getTranslation("group.calendar.personalLead"));
        status.setId("group-calendar-status");
        Button renew = new Button(
                getTranslation(offer.hasPersonalAddress() ? "calendar.subscription.renew" : "group.calendar.create"));
        renew.setId("group-calendar-renew");
        renew.addClickListener(click -> {
            if (offer.hasPersonalAddress()) {
                Confirmation.ask(
                        this, "confirm-group-calendar-renew", "calendar.subscription.confirm.renew.", "", this::make);
            } else {
                make();
            }
        });
        Div actions = new Div(renew);
        actions.addClassName("contact-actions");
        if (offer.hasPersonalAddress()) {
            Button revoke = new Button(
                    getTranslation("group.calendar.revoke"),
                    click -> Confirmation.ask(
                            this, "confirm-group-calendar-revoke", "group.calendar.confirm.revoke.", "", () -> {
                                feeds.revoke(groupId);
                                address.setVisible(false);
                                Notices.success("group.calendar.revoked");
                                show(feeds.offer(groupId));
                            }));
            revoke.setId("group-calendar-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(revoke);
        }
        personal.add(status, address, actions);
    }

    private void make() {
        try {
            address.setValue(feeds.renew(groupId));
            address.setVisible(true);
            show(feeds.offer(groupId));
        } catch (DomainException e) {
            Notices.problem(e);
        }
    }
}
