package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.Acting.run;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weekly mail about new matching entries: only opted in, only matching, only visible, at most once a week. */
@IntegrationTest
class SeekingMatchMailsTest {

    private static final String TEMPLATE = "seekingMatches";

    @Autowired
    SeekingService seeking;

    @Autowired
    SeekingMatchMails mails;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    private LoginAccount someone(String marker, String name) {
        return testMembers.withProfile(
                marker + "." + name.toLowerCase(java.util.Locale.ROOT) + "@example.org",
                profile(name, "Match" + marker).build());
    }

    private void add(LoginAccount who, SeekingDirection direction, SeekingKind kind, String text) {
        run(who, () -> seeking.add(new SeekingDraft(direction, kind, text, null)));
    }

    @Test
    void an_opted_in_member_is_told_of_new_matching_visible_entries_at_most_once_a_week() {
        // A week of its own, far from what other tests write: the job reads all new entries.
        String marker = TestMarkers.word("sm");
        Instant monday = Instant.parse("2033-03-07T06:30:00Z");
        clock.set(monday.minus(Duration.ofDays(8)));
        LoginAccount seeker = someone(marker, "Sina");
        LoginAccount quiet = someone(marker, "Quentin");
        LoginAccount other = someone(marker, "Olaf");
        add(seeker, SeekingDirection.SEEK, SeekingKind.SPEAKERS, "Referierende für den Fachkongress");
        add(quiet, SeekingDirection.SEEK, SeekingKind.SPEAKERS, "Auch Referierende");
        add(other, SeekingDirection.SEEK, SeekingKind.JOB, "Eine Stelle");
        run(seeker, () -> seeking.setNotifyMatches(true));
        run(other, () -> seeking.setNotifyMatches(true));

        clock.set(monday.minus(Duration.ofDays(2)));
        LoginAccount speaker = someone(marker, "Svenja");
        add(speaker, SeekingDirection.OFFER, SeekingKind.SPEAKERS, "Vortrag über Netzwerken");
        LoginAccount shy = someone(marker, "Sören");
        add(shy, SeekingDirection.OFFER, SeekingKind.SPEAKERS, "Nur für Kontakte");
        run(shy, () -> seeking.setVisibility(Visibility.CONTACTS));
        LoginAccount alsoSeeking = someone(marker, "Simon");
        add(alsoSeeking, SeekingDirection.SEEK, SeekingKind.SPEAKERS, "Suche ebenfalls");

        clock.set(monday);
        mails.sendWeeklyMatches();

        Mailbox mailbox = new Mailbox(jdbc);
        assertThat(mailbox.to(seeker.email(), TEMPLATE)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Neue Einträge, die zu Ihren passen");
            assertThat(mail.body())
                    .contains("Svenja Match" + marker, "Vortrag über Netzwerken", "mich als Referentin oder Referent")
                    .as("an entry shown to contacts only, and one in the same direction, are not mentioned")
                    .doesNotContain("Sören", "Nur für Kontakte", "Simon");
        });
        assertThat(mailbox.to(quiet.email(), TEMPLATE)).as("not opted in").isEmpty();
        assertThat(mailbox.to(other.email(), TEMPLATE))
                .as("nothing matches a job search")
                .isEmpty();

        clock.advance(Duration.ofDays(1));
        add(someone(marker, "Tilda"), SeekingDirection.OFFER, SeekingKind.SPEAKERS, "Noch ein Vortrag");
        clock.advance(Duration.ofHours(1));
        mails.sendWeeklyMatches();
        assertThat(mailbox.to(seeker.email(), TEMPLATE))
                .as("at most once a week")
                .hasSize(1);

        clock.set(monday.plus(Duration.ofDays(7)));
        mails.sendWeeklyMatches();
        assertThat(mailbox.to(seeker.email(), TEMPLATE))
                .as("a week later, the entry made since is mentioned")
                .hasSize(2)
                .anySatisfy(mail -> assertThat(mail.body()).contains("Tilda").doesNotContain("Svenja"));

        run(seeker, () -> seeking.setNotifyMatches(false));
        clock.set(monday.plus(Duration.ofDays(13)));
        add(someone(marker, "Ulla"), SeekingDirection.OFFER, SeekingKind.SPEAKERS, "Ein dritter Vortrag");
        clock.set(monday.plus(Duration.ofDays(14)));
        mails.sendWeeklyMatches();
        assertThat(mailbox.to(seeker.email(), TEMPLATE)).as("switched off").hasSize(2);
    }

    @Test
    void the_week_is_the_iso_week_in_hamburg() {
        assertThat(SeekingMatchMails.isoWeek(Instant.parse("2026-12-27T23:30:00Z")))
                .isEqualTo("2026-W53");
    }
}
