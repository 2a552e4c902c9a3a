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
@SpringBootTest(properties = {
        "app.demo-data.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:ddn-demo;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class DemoDataTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void loads_six_groups_each_with_a_moderator_members_and_posts() {
        assertThat(jdbc.queryForList("select name from expert_group order by name", String.class)).containsExactly(
                "Demografiefeste Personalarbeit", "Digitale Arbeitswelt", "Gesundheit im Betrieb", "Lernen im Unternehmen",
                "Vereinbarkeit von Familie und Beruf", "Wiedereinstieg & Back in Job");
        assertThat(jdbc.queryForObject("select count(*) from expert_group g where not exists (select 1 from group_membership m"
                + " where m.group_id = g.id and m.role = 'MODERATOR')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from expert_group g where not exists (select 1 from group_post p"
                + " where p.group_id = g.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from group_post where parent_id is not null", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from group_membership", Long.class)).isGreaterThan(30);
        assertThat(jdbc.queryForList("select title from event where status = 'PUBLISHED' and format = 'ONLINE'",
                String.class)).containsExactly("Back in Job: Netzwerken für den Wiedereinstieg");
    }
}
