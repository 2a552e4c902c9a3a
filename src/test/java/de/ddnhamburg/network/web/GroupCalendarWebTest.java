package de.ddnhamburg.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GroupCalendarFeedService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Calendars;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.WebClient;
import de.ddnhamburg.network.support.WebTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Group feeds over real HTTP, without a login: calendar text for a listed group and a valid secret,
 * and for every refusal the same 404 with one short sentence in the caller's language, never a
 * stack trace.
 */
@WebTest
class GroupCalendarWebTest {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers testMembers;

    @Autowired
    EventService events;

    @Autowired
    GroupAdministrationService groups;

    @Autowired
    GroupMembershipService membership;

    @Autowired
    GroupCalendarFeedService feeds;

    @Autowired
    MutableClock clock;

    WebClient guest;

    @BeforeEach
    void setUp() {
        guest = new WebClient(port);
    }

    @Test
    void a_listed_groups_public_feed_is_anonymous_cacheable_calendar_text() {
        long groupId = Groups.create(testMembers, groups, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long open = event(EventAudience.PUBLIC, groupId);
        long members = event(EventAudience.MEMBERS, groupId);

        HttpResponse<String> response = guest.get("/kalender/fachgruppe/" + groupId + ".ics");

        assertThat(Calendars.publicFeed(response))
                .containsExactly(Calendars.uid(open))
                .doesNotContain(Calendars.uid(members));
    }

    @Test
    void a_secret_feed_opens_by_its_secret_and_every_refusal_is_the_same_short_translated_404() {
        long groupId = Groups.create(testMembers, groups, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long hidden = Groups.create(testMembers, groups, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN);
        long members = event(EventAudience.MEMBERS, groupId);
        LoginAccount anna = Groups.member(testMembers, "Anna", "Abo");
        Acting.run(anna, () -> membership.join(groupId));
        String address = Acting.as(anna, () -> feeds.renew(groupId));
        String path = URI.create(address).getPath();

        HttpResponse<String> feed = guest.get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(Calendars.uids(feed.body())).contains(Calendars.uid(members));

        Acting.run(anna, () -> feeds.revoke(groupId));
        for (String refused : new String[] {
            path,
            "/kalender/fachgruppe/abo/kaputt.ics",
            "/kalender/fachgruppe/" + hidden + ".ics",
            "/kalender/fachgruppe/999999999.ics",
            "/kalender/fachgruppe/abc.ics"
        }) {
            HttpResponse<String> response = guest.get(refused, "Accept-Language", "de-DE");
            assertThat(response.statusCode()).as(refused).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
            assertThat(response.body())
                    .as(refused)
                    .startsWith("Diesen Kalender gibt es unter dieser Adresse nicht (mehr).")
                    .doesNotContain("Exception", "at de.");
        }
        assertThat(guest.get(path, "Accept-Language", "en").body()).startsWith("There is no calendar");
    }

    private long event(EventAudience audience, long groupId) {
        return Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5).withAudience(audience, groupId, Set.of(), false));
    }
}
