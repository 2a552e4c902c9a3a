package de.ddnhamburg.network.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox mails to a guest's address, and the links in them, read from the table. */
public final class GuestMailbox {

    public record Mail(String subject, String body) {

        /** The token of the link to {@code path} in this mail. */
        public String token(String path) {
            Matcher matcher = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)")
                    .matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link to " + path + " in: " + body);
            }
            return matcher.group(1);
        }
    }

    private final JdbcTemplate jdbc;

    public GuestMailbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Mail> to(String recipient) {
        return jdbc.query(
                "select subject, body from outbox_mail where recipient = ? order by id",
                (rs, n) -> new Mail(rs.getString(1), rs.getString(2)),
                recipient);
    }

    public Mail last(String recipient) {
        List<Mail> mails = to(recipient);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + recipient);
        }
        return mails.getLast();
    }

    public static String confirmToken(Mail mail) {
        return mail.token("veranstaltungen/gast/bestaetigen");
    }

    public static String cancelToken(Mail mail) {
        return mail.token("veranstaltungen/gast/abmelden");
    }
}
