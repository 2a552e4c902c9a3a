package de.ddnhamburg.network.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo data on its own fresh database: members, the six expert groups, their moderators and
 * posts, the events, and the Fachkongress with its registrations; with three load-test members asked for.
 */
@SpringBootTest(
        properties = {
            "app.demo-data.enabled=true",
            "app.demo-data.load-members=3",
            "spring.datasource.url=jdbc:h2:mem:ddn-demo;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
        })
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void creates_the_load_test_members_asked_for_active_and_listed_in_the_directory() {
        assertThat(jdbc.queryForList(
                        "select email from member where email like '%@load.example.org' order by email", String.class))
                .containsExactly(
                        "load-00001@load.example.org", "load-00002@load.example.org", "load-00003@load.example.org");
        assertThat(jdbc.queryForObject(
                        "select count(*) from member where email like '%@load.example.org'"
                                + " and status = 'ACTIVE' and listed_in_directory = true",
                        Long.class))
                .as("each can log in and is found in the directory")
                .isEqualTo(3);
        assertThat(LoadTestMembers.email(42)).isEqualTo("load-00042@load.example.org");
    }

    @Test
    void loads_six_groups_each_with_a_moderator_members_and_posts() {
        assertThat(jdbc.queryForList("select name from expert_group order by name", String.class))
                .containsExactly(
                        "Demografiefeste Personalarbeit",
                        "Digitale Arbeitswelt",
                        "Gesundheit im Betrieb",
                        "Lernen im Unternehmen",
                        "Vereinbarkeit von Familie und Beruf",
                        "Wiedereinstieg & Back in Job");
        assertThat(jdbc.queryForObject(
                        "select count(*) from expert_group g where not exists (select 1 from group_membership m"
                                + " where m.group_id = g.id and m.role = 'MODERATOR')",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from expert_group g where not exists (select 1 from group_post p"
                                + " where p.group_id = g.id)",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from group_post where parent_id is not null", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from group_membership", Long.class))
                .isGreaterThan(30);
        assertThat(jdbc.queryForList(
                        "select title from event where status = 'PUBLISHED' and format = 'ONLINE'", String.class))
                .containsExactly("Back in Job: Netzwerken für den Wiedereinstieg");
    }

    @Test
    void loads_upcoming_and_past_events_organised_by_the_demo_groups() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from event e join expert_group g on g.id = e.group_id"
                                + " where g.name = 'Demografiefeste Personalarbeit' and e.event_type = 'SPECIALIST_EVENT'"
                                + " and e.format = 'HYBRID' and e.audience = 'PUBLIC' and e.guests_allowed = true"
                                + " and e.venue = 'Handelskammer Hamburg'",
                        Long.class))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event e join expert_group g on g.id = e.group_id"
                                + " where g.name = 'Digitale Arbeitswelt' and e.event_type = 'WORKSHOP' and e.audience = 'GROUP_MEMBERS'"
                                + " and e.status = 'PUBLISHED'",
                        Long.class))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event where event_type = 'NETWORK_MEETING' and status ="
                                + " 'PUBLISHED' and ends_at > ?",
                        Long.class,
                        java.sql.Timestamp.from(clock.instant())))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event where status = 'PUBLISHED' and ends_at < ?",
                        Long.class,
                        java.sql.Timestamp.from(clock.instant())))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from event where status = 'DRAFT'", Long.class))
                .isOne();
    }

    @Test
    void the_congress_has_registrations_and_one_workshop_exactly_full_with_people_waiting() {
        long congress = java.util.Objects.requireNonNull(
                jdbc.queryForObject("select id from congress where status = 'PUBLISHED'", Long.class));
        assertThat(jdbc.queryForList(
                        "select status, count(*) as n, sum(case when member_id is null then 1 else 0 end) as guests"
                                + " from congress_registration where congress_id = ? group by status order by status",
                        congress))
                .extracting(row -> row.get("STATUS") + " " + row.get("N") + " " + row.get("GUESTS"))
                .containsExactly("AWAITING_APPROVAL 1 1", "CONFIRMED 27 1");
        assertThat(jdbc.queryForObject("select taken from congress where id = ?", Integer.class, congress))
                .isEqualTo(28);
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_registration where congress_id = ? and member_id is null"
                                + " and confirmed_at is null",
                        Long.class,
                        congress))
                .as("the guests count as confirmed")
                .isZero();

        // "Netzwerken für Introvertierte": every seat taken, three waiting in order, two of them
        // seated in their second choice meanwhile.
        long full = java.util.Objects.requireNonNull(jdbc.queryForObject(
                "select id from congress_session where congress_id = ? and title like 'Netzwerken für Introvertierte%'",
                Long.class, congress));
        assertThat(jdbc.queryForMap("select capacity, taken from congress_session where id = ?", full))
                .containsEntry("CAPACITY", 20)
                .containsEntry("TAKEN", 20);
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_session_choice where session_id = ? and status = 'SEATED'",
                        Long.class,
                        full))
                .isEqualTo(20);
        assertThat(jdbc.queryForList(
                        "select waiting_position from congress_session_choice where session_id = ?"
                                + " and status = 'WAITLISTED' order by waiting_position",
                        Integer.class,
                        full))
                .containsExactly(1, 2, 3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_session_choice where session_id = ? and status = 'WAITLISTED'"
                                + " and fallback_session_id is not null",
                        Long.class,
                        full))
                .isEqualTo(2);
        // Only that one is full; every workshop's counter equals the seats held in it.
        assertThat(jdbc.queryForList(
                        "select s.title from congress_session s where s.congress_id = ? and s.capacity is not null"
                                + " and s.taken >= s.capacity",
                        String.class,
                        congress))
                .containsExactly("Netzwerken für Introvertierte: in kleinen Schritten zum Kontakt");
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_session s where s.congress_id = ? and s.taken <> (select count(*)"
                                + " from congress_session_choice c where (c.session_id = s.id and c.status = 'SEATED')"
                                + " or c.fallback_session_id = s.id)",
                        Long.class,
                        congress))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_registration where congress_id = ? and show_in_participants",
                        Long.class,
                        congress))
                .isGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where template like 'congress%'", Long.class))
                .as("nobody is mailed about demo data")
                .isZero();
        // Every confirmed place in a paid category has its invoice, open (stored, not mailed).
        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_invoice where congress_id = ? and kind = 'INVOICE'"
                                + " and status = 'OPEN'",
                        Long.class,
                        congress))
                .isPositive()
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from congress_registration r join ticket_category c on c.id = r.category_id"
                                + " where r.congress_id = ? and r.status = 'CONFIRMED' and c.price_gross > 0",
                        Long.class,
                        congress));
    }

    @Test
    void some_members_seek_and_offer_so_that_filter_and_suggestions_have_something_to_show() {
        assertThat(jdbc.queryForList(
                        "select m.first_name || ' ' || x.direction || ' ' || x.kind from seeking_entry x"
                                + " join member m on m.id = x.member_id where m.email = 'rieke.sommerfeld@example.org'"
                                + " or x.kind = 'SPEAKERS' order by 1",
                        String.class))
                .contains("Rieke SEEK SPEAKERS", "Claudia OFFER SPEAKERS", "Henning OFFER SPEAKERS");
    }
}
