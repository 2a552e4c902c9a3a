package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.congress.CongressView;
import de.ddnhamburg.network.ui.event.EventView;
import de.ddnhamburg.network.ui.member.MemberDirectoryView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Push only while a page with live seats is open (issue 13, point 3): the browser keeps a push
 * WebSocket, with its server-side buffers, only for pages that the server changes on its own.
 */
class LivePagePushTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_directory_and_the_start_page_have_no_push_connection() {
        loginAsMember();
        navigate("start");
        assertThat(currentView()).isInstanceOf(MemberHomeView.class);
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);

        navigate("mitglieder");
        assertThat(currentView()).isInstanceOf(MemberDirectoryView.class);
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void an_event_page_with_live_seats_switches_push_on_and_leaving_it_switches_push_off() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 2, null));
        loginAsMember();
        navigate("mitglieder");

        navigate("veranstaltungen/" + eventId);
        assertThat(currentView()).isInstanceOf(EventView.class);
        assertThat(pushMode()).isEqualTo(PushMode.AUTOMATIC);

        navigate("mitglieder");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void the_congress_programme_with_live_seats_has_push_also_for_guests() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);

        navigate("kongress/" + congress.congressId());
        assertThat(currentView()).isInstanceOf(CongressView.class);
        assertThat(pushMode()).isEqualTo(PushMode.AUTOMATIC);

        navigate("veranstaltungen");
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void a_live_page_that_is_not_found_gets_no_push() {
        loginAsMember();
        navigate("veranstaltungen/999999");
        assertThat(currentView()).isNotInstanceOf(EventView.class);
        assertThat(pushMode()).isEqualTo(PushMode.DISABLED);
    }

    private static PushMode pushMode() {
        return UI.getCurrent().getPushConfiguration().getPushMode();
    }
}
