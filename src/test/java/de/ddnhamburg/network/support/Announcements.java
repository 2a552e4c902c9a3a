package de.ddnhamburg.network.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Announcements go to members that other tests in the shared database use too; so each test that
 * sends one takes all of them back afterwards, with their mails and switches.
 */
public final class Announcements {

    private Announcements() {}

    public static void forgetAll(JdbcTemplate jdbc) {
        jdbc.update("delete from outbox_mail where template in ('announcement', 'announcementTest')");
        jdbc.update("delete from announcement_recipient");
        jdbc.update("delete from announcement");
        jdbc.update("delete from announcement_opt_out");
    }
}
