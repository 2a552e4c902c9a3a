package de.ddnhamburg.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.WebClient;
import de.ddnhamburg.network.support.WebTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The congress programme's calendar files over real HTTP: open to guests when published, the same 404 otherwise. */
@WebTest
class CongressCalendarWebTest {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers testMembers;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Test
    void a_guest_downloads_the_programme_and_a_session_of_a_published_congress_but_nothing_of_a_draft() {
        Congresses.Built published = Congresses.build(testMembers, context, clock, true);
        Congresses.Built draft = Congresses.build(testMembers, context, clock, false);
        WebClient guest = new WebClient(port);

        HttpResponse<String> programme = guest.get("/kalender/kongress/" + published.congressId() + ".ics");
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(programme.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(programme.body())
                .contains(
                        "UID:congress-" + published.congressId() + "-session-" + published.keynoteId() + "@localhost");

        HttpResponse<String> session = guest.get(
                "/kalender/kongress/" + published.congressId() + "/sitzung/" + published.workshopId() + ".ics");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("SUMMARY:Workshop A").doesNotContain("Keynote");

        assertThat(guest.get("/kalender/kongress/" + draft.congressId() + ".ics")
                        .statusCode())
                .isEqualTo(404);
        assertThat(guest.get("/kalender/kongress/" + published.congressId() + "/sitzung/" + draft.keynoteId() + ".ics")
                        .statusCode())
                .isEqualTo(404);
        assertThat(guest.get("/kalender/kongress/abc.ics").statusCode()).isEqualTo(404);
    }
}
