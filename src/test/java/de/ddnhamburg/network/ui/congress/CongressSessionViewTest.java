package de.ddnhamburg.network.ui.congress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.error.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CongressSessionViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_session_shows_abstract_speakers_room_time_seats_its_file_and_who_else_comes() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        jdbc.update("update congress_session set taken = 5 where id = ?", congress.workshopId());

        navigate("kongress/" + congress.congressId() + "/sitzung/" + congress.keynoteId());
        assertThat(_get(H1.class, spec -> spec.withId("congress-session-title")).getText())
                .isEqualTo("Keynote");
        assertThat(_get(Paragraph.class, spec -> spec.withId("congress-session-when"))
                        .getText())
                .contains("09:00–10:00 Uhr", "Saal");
        assertThat(_get(Paragraph.class, spec -> spec.withId("congress-session-abstract"))
                        .getText())
                .isEqualTo("Über Arbeit.");
        // A keynote is open to everyone: no seats to count.
        _assertNone(Span.class, spec -> spec.withId("congress-session-seats"));

        navigate("kongress/" + congress.congressId() + "/sitzung/" + congress.workshopId());
        assertThat(_get(Span.class, spec -> spec.withId("congress-session-seats"))
                        .getText())
                .isEqualTo("Noch 15 von 20 Plätzen frei");
        assertThat(_get(Anchor.class, spec -> spec.withId("congress-session-ics"))
                        .getHref())
                .isEqualTo(
                        "/kalender/kongress/" + congress.congressId() + "/sitzung/" + congress.workshopId() + ".ics");
        assertThat(_get(Section.class, spec -> spec.withId(CongressSessionView.PARTICIPANTS))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Wer ist noch dabei")
                .contains("Noch hat sich niemand in die Liste der Teilnehmenden eingetragen.");
    }

    @Test
    void a_session_of_another_or_a_draft_congress_is_not_found() {
        Congresses.Built one = Congresses.build(testMembers, context, clock, true);
        Congresses.Built draft = Congresses.build(testMembers, context, clock, false);

        navigate("kongress/" + one.congressId() + "/sitzung/" + draft.keynoteId());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        loginAsMember();
        navigate("kongress/" + draft.congressId() + "/sitzung/" + draft.keynoteId());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
