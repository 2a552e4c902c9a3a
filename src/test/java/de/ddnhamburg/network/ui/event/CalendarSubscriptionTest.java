package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.event.CalendarFeedService;
import de.ddnhamburg.network.domain.event.EventCalendarService;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar link on the event page and the "Kalender-Abo" on the events page (members only). */
class CalendarSubscriptionTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    EventCalendarService calendars;

    @Autowired
    MutableClock clock;

    @Test
    void the_event_page_links_its_ics_file_past_the_router() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 5, null));
        login(Groups.member(testMembers, "Ics", "Leser"));
        navigate("veranstaltungen/" + id);

        Anchor link = _get(Anchor.class, spec -> spec.withId("event-ics"));
        assertThat(link.getHref()).isEqualTo("/kalender/veranstaltung/" + id + ".ics");
        assertThat(link.getText()).isEqualTo("Zum Kalender hinzufügen (.ics)");
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
    }

    @Test
    void a_member_makes_the_address_sees_it_once_and_chooses_the_groups_option() {
        LoginAccount member = Groups.member(testMembers, "Abo", "Neu");
        login(member);
        navigate(EventsView.class);

        _get(Section.class, spec -> spec.withId("calendar-subscription"));
        assertThat(status()).isEqualTo("Sie haben noch keine Abo-Adresse.");
        _assertNone(TextField.class, spec -> spec.withId("calendar-feed-address"));
        _assertNone(Checkbox.class, spec -> spec.withId("calendar-feed-groups"));
        assertThat(_get(Anchor.class, spec -> spec.withId("calendar-public-feed"))
                        .getHref())
                .isEqualTo("/kalender/oeffentlich.ics");

        _click(_get(Button.class, spec -> spec.withId("calendar-feed-renew")));

        TextField address = _get(TextField.class, spec -> spec.withId("calendar-feed-address"));
        assertThat(address.isVisible()).isTrue();
        assertThat(address.isReadOnly()).isTrue();
        assertThat(address.getValue()).matches("http://localhost:8080/kalender/abo/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(address.getHelperText()).contains("Kopieren Sie die Adresse");
        assertThat(status()).startsWith("Ihre Abo-Adresse besteht seit");
        assertThat(calendars.personalFeed(secretOf(address.getValue()))).isPresent();

        Checkbox groups = _get(Checkbox.class, spec -> spec.withId("calendar-feed-groups"));
        FieldInput.setValueAsUser(groups, true);
        expectNotifications("Gespeichert.");
        assertThat(Acting.as(member, feeds::settings).includeGroups()).isTrue();

        // After a reload the address is gone from the page: it is not stored, only its hash. (The
        // calendar keeps its view while the member moves around in it, so reload the page itself.)
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
        navigate(EventsView.class);
        _assertNone(TextField.class, spec -> spec.withId("calendar-feed-address"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("calendar-feed-groups"))
                        .getValue())
                .isTrue();
    }

    @Test
    void renewing_asks_first_and_then_the_old_address_stops_working() {
        LoginAccount member = Groups.member(testMembers, "Abo", "Erneuert");
        String old = Acting.as(member, feeds::renew);
        login(member);
        navigate(EventsView.class);

        _click(_get(Button.class, spec -> spec.withId("calendar-feed-renew")));
        _assertNone(TextField.class, spec -> spec.withId("calendar-feed-address"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-calendar-renew")));

        String renewed = _get(TextField.class, spec -> spec.withId("calendar-feed-address"))
                .getValue();
        assertThat(renewed).isNotEqualTo(old);
        assertThat(calendars.personalFeed(secretOf(old))).isEmpty();
        assertThat(calendars.personalFeed(secretOf(renewed))).isPresent();
    }

    @Test
    void another_member_never_sees_my_subscription() {
        LoginAccount owner = Groups.member(testMembers, "Abo", "Eigen");
        Acting.run(owner, feeds::renew);
        login(Groups.member(testMembers, "Abo", "Fremd"));
        navigate(EventsView.class);
        assertThat(status()).isEqualTo("Sie haben noch keine Abo-Adresse.");
        _assertNone(TextField.class, spec -> spec.withId("calendar-feed-address"));
    }

    @Test
    void a_guest_on_the_calendar_sees_the_public_feed_but_no_subscription() {
        // Nobody signed in: the calendar is open to guests, the members-only service is not asked.
        navigate(EventsView.class);

        assertThat(currentView()).isInstanceOf(EventsView.class);
        _assertNone(Section.class, spec -> spec.withId("calendar-subscription"));
        _assertNone(Paragraph.class, spec -> spec.withId("calendar-feed-status"));
        _assertNone(Button.class, spec -> spec.withId("calendar-feed-renew"));
        assertThat(_get(Anchor.class, spec -> spec.withId("calendar-public-feed"))
                        .getHref())
                .isEqualTo("/kalender/oeffentlich.ics");
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("calendar-feed-status"))
                .getText();
    }

    private static String secretOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }
}
