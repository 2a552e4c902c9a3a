package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.event.CalendarFile;
import de.ddnhamburg.network.domain.event.CalendarHighlight;
import de.ddnhamburg.network.domain.event.EventCalendarService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.io.StringReader;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The programme as calendar files, and the congress in the event calendar while it is published. */
@IntegrationTest
class CongressCalendarServiceTest {

    @Autowired
    CongressCalendarService calendars;

    @Autowired
    CongressCalendarHighlights highlights;

    @Autowired
    CongressLifecycleService lifecycle;

    @Autowired
    EventCalendarService eventCalendars;

    @Autowired
    TestMembers testMembers;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    CongressSessionService sessions;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void the_programme_file_holds_every_session_and_a_session_file_one() throws Exception {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);

        CalendarFile programme = calendars.programmeFile(built.congressId(), Locale.GERMAN);
        Calendar parsed = new CalendarBuilder().build(new StringReader(programme.content()));
        parsed.validate();
        assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(3);
        assertThat(programme.content())
                .contains("UID:congress-" + built.congressId() + "-session-" + built.keynoteId() + "@")
                .contains("LOCATION:Saal\\, Handelskammer Hamburg")
                .contains("/kongress/" + built.congressId() + "/sitzung/" + built.keynoteId());

        CalendarFile one = calendars.sessionFile(built.congressId(), built.workshopId(), Locale.GERMAN);
        assertThat(new CalendarBuilder().build(new StringReader(one.content())).<VEvent>getComponents("VEVENT"))
                .singleElement()
                .satisfies(event -> assertThat(java.util.Objects.requireNonNull(event.getSummary())
                                .getValue())
                        .isEqualTo("Workshop A"));
        assertThatThrownBy(() -> calendars.sessionFile(built.congressId(), 987_654_321L, Locale.GERMAN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_cancelled_session_says_so_in_the_language_the_file_is_asked_for() throws Exception {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        Acting.run(testMembers.admin(), () -> sessions.cancel(built.workshopId()));

        assertThat(summary(calendars.sessionFile(built.congressId(), built.workshopId(), Locale.GERMAN)))
                .isEqualTo("Abgesagt: Workshop A");
        assertThat(summary(calendars.sessionFile(built.congressId(), built.workshopId(), Locale.UK)))
                .isEqualTo("Cancelled: Workshop A");
    }

    private static String summary(CalendarFile file) throws Exception {
        VEvent event = new CalendarBuilder()
                .build(new StringReader(file.content()))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        return java.util.Objects.requireNonNull(event.getSummary()).getValue();
    }

    @Test
    void a_draft_has_no_file_and_no_place_in_the_calendar() {
        Congresses.Built draft = Congresses.build(testMembers, context, clock, false);

        assertThatThrownBy(() -> calendars.programmeFile(draft.congressId(), Locale.GERMAN))
                .isInstanceOf(NotFoundException.class);
        assertThat(highlights.highlights(clock.instant(), null))
                .extracting(CalendarHighlight::uidKey)
                .doesNotContain("congress-" + draft.congressId());

        Acting.run(testMembers.admin(), () -> lifecycle.publish(draft.congressId()));

        assertThat(highlights.highlights(clock.instant(), null))
                .filteredOn(highlight -> highlight.uidKey().equals("congress-" + draft.congressId()))
                .singleElement()
                .satisfies(highlight -> assertThat(highlight.path()).isEqualTo("kongress/" + draft.congressId()));
        assertThat(highlights.highlights(clock.instant(), clock.instant().plusSeconds(86_400)))
                .extracting(CalendarHighlight::uidKey)
                .as("the congress is 60 days away, not tomorrow")
                .doesNotContain("congress-" + draft.congressId());
        assertThat(eventCalendars.publicFeed()).contains("UID:congress-" + draft.congressId() + "@");
    }
}
