package de.ddnhamburg.network.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo data on its own fresh database: members, the six expert groups, their moderators and posts. */
@SpringBootTest(
        properties = {
            "app.demo-data.enabled=true",
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
}
