package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.event.CalendarFeedDetails;
import de.ddnhamburg.network.domain.event.CalendarFeedService;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.Objects;

/**
 * "Kalender-Abo": the member's personal feed. Its address is shown once, right after it was made,
 * because only a hash of its secret is stored; renewing (after a confirmation) makes the old
 * address stop working. Also the choice to include the events of my groups, and the public feed.
 */
class CalendarSubscription extends Section {

    private final CalendarFeedService feeds;
    private final Paragraph status = new Paragraph();
    private final Button renew = new Button();
    private final TextField address = new TextField();
    private final Checkbox groups = new Checkbox();

    CalendarSubscription(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId("calendar-subscription");
        addClassName("card");
        status.setId("calendar-feed-status");
        renew.setId("calendar-feed-renew");
        renew.addClickListener(click -> {
            if (feeds.settings().active()) {
                Confirmation.ask(
                        this, "confirm-calendar-renew", "calendar.subscription.confirm.renew.", "", this::makeAddress);
            } else {
                makeAddress();
            }
        });
        address.setId("calendar-feed-address");
        address.setLabel(getTranslation("calendar.subscription.address"));
        address.setHelperText(getTranslation("calendar.subscription.copyHint"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        groups.setId("calendar-feed-groups");
        groups.setLabel(getTranslation("calendar.subscription.groups"));
        groups.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                feeds.setIncludeGroups(change.getValue());
                Notices.success("calendar.subscription.saved");
            }
        });
        add(
                new H2(getTranslation("calendar.subscription.title")),
                new Paragraph(getTranslation("calendar.subscription.lead")),
                status,
                address,
                renew,
                groups,
                new Paragraph(CalendarLinks.publicFeed(getTranslation("calendar.subscription.public"))));
        show(feeds.settings());
    }

    private void makeAddress() {
        address.setValue(feeds.renew());
        address.setVisible(true);
        show(feeds.settings());
    }

    private void show(CalendarFeedDetails settings) {
        status.setText(
                settings.active()
                        ? getTranslation(
                                "calendar.subscription.active",
                                DateTimeFormat.appointment(Objects.requireNonNull(settings.activeSince()), getLocale()))
                        : getTranslation("calendar.subscription.none"));
        renew.setText(
                getTranslation(settings.active() ? "calendar.subscription.renew" : "calendar.subscription.create"));
        groups.setVisible(settings.active());
        groups.setValue(settings.includeGroups());
    }
}
