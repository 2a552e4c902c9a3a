package de.ddnhamburg.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.event.CalendarFeedService;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Calendars;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.WebClient;
import de.ddnhamburg.network.support.WebTest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Calendar files over real HTTP: who gets what, content type and caching, and 404s that tell nothing. */
@WebTest
class CalendarWebTest {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers testMembers;

    @Autowired
    EventService events;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    MutableClock clock;

    WebClient guest;

    @BeforeEach
    void setUp() {
        guest = new WebClient(port);
    }

    @Test
    void the_public_feed_is_anonymous_cacheable_calendar_text_with_public_events_only() {
        long open = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        long members = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));

        HttpResponse<String> response = guest.get("/kalender/oeffentlich.ics");

        assertThat(Calendars.publicFeed(response)).contains(Calendars.uid(open)).doesNotContain(Calendars.uid(members));
        assertThat(response.headers().firstValue("Pragma")).isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).doesNotContain("meet.example.org");
    }

    @Test
    void an_event_file_respects_the_caller() {
        long members = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        long draft = Acting.as(
                testMembers.admin(), () -> events.create(Events.draft(clock, EventFormat.IN_PERSON, 5, null)));
        String path = "/kalender/veranstaltung/" + members + ".ics";

        HttpResponse<String> asGuest = guest.get(path);
        assertThat(asGuest.statusCode()).isEqualTo(404);
        assertThat(asGuest.body()).isEmpty();

        testMembers.member();
        WebClient member = new WebClient(port);
        member.login(TestMembers.MEMBER, TestMembers.PASSWORD);
        HttpResponse<String> asMember = member.get(path);
        assertThat(asMember.statusCode()).isEqualTo(200);
        assertThat(asMember.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(asMember.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"veranstaltung-" + members + ".ics\"");
        assertThat(asMember.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(Calendars.property(Calendars.only(asMember.body()), "UID")).isEqualTo(Calendars.uid(members));
        assertThat(member.get("/kalender/veranstaltung/" + draft + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(member.get("/kalender/veranstaltung/999999999.ics").statusCode())
                .isEqualTo(404);
        assertThat(member.get("/kalender/veranstaltung/abc.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void file_names_follow_the_chosen_language_then_the_browsers() {
        long open = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        String path = "/kalender/veranstaltung/" + open + ".ics";

        assertThat(disposition(guest.get(path))).isEqualTo("attachment; filename=\"veranstaltung-" + open + ".ics\"");
        assertThat(disposition(guest.get(path, "Accept-Language", "en-GB,en;q=0.8")))
                .isEqualTo("attachment; filename=\"event-" + open + ".ics\"");
        // The language switch's cookie wins over the browser's language, in both directions.
        assertThat(disposition(guest.get(path, "Accept-Language", "de-DE", "Cookie", "ddn-lang=en")))
                .isEqualTo("attachment; filename=\"event-" + open + ".ics\"");
        assertThat(disposition(guest.get(path, "Accept-Language", "en", "Cookie", "ddn-lang=de")))
                .isEqualTo("attachment; filename=\"veranstaltung-" + open + ".ics\"");
        assertThat(disposition(guest.get("/kalender/oeffentlich.ics", "Accept-Language", "en")))
                .isEqualTo("inline; filename=\"ddn-hamburg-events.ics\"");
        assertThat(disposition(guest.get("/kalender/oeffentlich.ics")))
                .isEqualTo("inline; filename=\"ddn-hamburg-veranstaltungen.ics\"");
    }

    private static String disposition(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Disposition").orElse("");
    }

    @Test
    void a_personal_feed_opens_by_its_secret_only_and_every_wrong_secret_gets_the_same_empty_404() {
        String address = Acting.as(testMembers.member(), feeds::renew);
        String path = address.substring(address.indexOf("/kalender/"));

        HttpResponse<String> feed = guest.get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(feed.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        Calendars.parse(feed.body());

        String renewed = Acting.as(testMembers.member(), feeds::renew);
        HttpResponse<String> old = guest.get(path);
        HttpResponse<String> unknown = guest.get("/kalender/abo/" + "A".repeat(43) + ".ics");
        HttpResponse<String> malformed = guest.get("/kalender/abo/nonsense.ics");
        for (HttpResponse<String> response : java.util.List.of(old, unknown, malformed)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        }
        assertThat(guest.get(renewed.substring(renewed.indexOf("/kalender/"))).statusCode())
                .isEqualTo(200);
    }
}
