package de.ddnhamburg.network.ui.congress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.congress.CongressLifecycleService;
import de.ddnhamburg.network.domain.congress.CongressPlacesChanged;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.error.NotFoundView;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CongressViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CongressSeatsBroadcaster broadcaster;

    @Autowired
    CongressLifecycleService lifecycle;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_guest_sees_the_programme_speakers_tickets_and_a_clear_way_to_register() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);

        navigate("kongress/" + congress.congressId());

        assertThat(_get(H1.class, spec -> spec.withId("congress-title")).getText())
                .startsWith("Fachkongress Test");
        Anchor register = _get(Anchor.class, spec -> spec.withId("congress-register"));
        assertThat(register.getText()).isEqualTo("Jetzt anmelden");
        assertThat(register.getHref()).isEqualTo("kongress/" + congress.congressId() + "/anmelden");
        String programme = _get(Div.class, spec -> spec.withId("congress-programme"))
                .getElement()
                .getTextRecursively();
        assertThat(programme)
                .contains("09:00–10:00 Uhr", "Keynote", "Dr. Jonas Ehlers", "Workshop A", "Workshop B", "Zur Wahl")
                .contains("Noch 20 von 20 Plätzen frei", "Noch 15 von 15 Plätzen frei");
        assertThat(_get(Section.class, spec -> spec.withId("congress-categories"))
                        .getElement()
                        .getTextRecursively())
                .contains("Nichtmitglied", "89,00\u00a0€", "inkl. 19 % MwSt.", "Noch 50 Plätze");
        assertThat(_get(Section.class, spec -> spec.withId("congress-speakers"))
                        .getElement()
                        .getTextRecursively())
                .contains("Dr. Jonas Ehlers", "Institut");
        assertThat(_get(Div.class, spec -> spec.withId("congress-session-" + congress.keynoteId()))
                        .getStyle()
                        .get("grid-column"))
                .as("a slot with one session spans all rooms")
                .isEqualTo("2 / span 3");
        assertThat(_get(Anchor.class, spec -> spec.withText("Ganzes Programm in den Kalender (.ics)"))
                        .getHref())
                .isEqualTo("/kalender/kongress/" + congress.congressId() + ".ics");
    }

    @Test
    void a_draft_or_archived_congress_is_not_found_for_guests_and_members_but_admins_preview_it() {
        Congresses.Built draft = Congresses.build(testMembers, context, clock, false);

        navigate("kongress/" + draft.congressId());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        loginAsMember();
        navigate("kongress/" + draft.congressId());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        loginAsAdmin();
        navigate("kongress/" + draft.congressId());
        assertThat(currentView()).isInstanceOf(CongressView.class);
        _assertNone(Anchor.class, spec -> spec.withId("congress-register"));

        Acting.run(testMembers.admin(), () -> {
            lifecycle.publish(draft.congressId());
            lifecycle.closeRegistration(draft.congressId());
            lifecycle.archive(draft.congressId());
        });
        loginAsMember();
        navigate("kongress/" + draft.congressId());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void seats_left_update_while_the_page_is_open_and_leaving_stops_listening() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        navigate("kongress/" + congress.congressId());
        assertThat(broadcaster.listening(congress.congressId())).isOne();

        jdbc.update("update congress_session set taken = 20 where id = ?", congress.workshopId());
        context.publishEvent(new CongressPlacesChanged(congress.congressId()));

        awaitOnPage(
                () -> _get(Span.class, spec -> spec.withId("congress-seats-" + congress.workshopId()))
                        .getText(),
                "Ausgebucht – Warteliste");
        navigate("veranstaltungen");
        assertThat(broadcaster.listening(congress.congressId())).isZero();
    }

    @Test
    void opening_another_congress_from_a_congress_page_listens_to_that_one_only() {
        Congresses.Built first = Congresses.build(testMembers, context, clock, true);
        Congresses.Built second = Congresses.build(testMembers, context, clock, true);
        navigate("kongress/" + first.congressId());
        Object page = currentView();

        navigate("kongress/" + second.congressId());

        // Vaadin keeps the page's instance on the same route; its live seats must follow.
        assertThat(currentView()).isSameAs(page);
        assertThat(broadcaster.listening(first.congressId())).isZero();
        assertThat(broadcaster.listening(second.congressId())).isOne();
    }

    @Test
    void a_published_congress_is_linked_from_the_public_start_page_and_the_navigation() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);

        navigate("");

        assertThat(_get(Section.class, spec -> spec.withId("home-congress"))
                        .getElement()
                        .getTextRecursively())
                .contains("Handelskammer Hamburg");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("congress-link"))
                        .getHref())
                .startsWith("kongress/");
        loginAsMember();
        navigate("start");
        _get(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withId("nav-congress"));
        assertThat(congress.congressId()).isPositive();
    }

    static void awaitOnPage(Supplier<String> text, String expected) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!text.get().contains(expected) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            MockVaadin.runUIQueue();
        }
        assertThat(text.get()).contains(expected);
    }
}
