package de.ddnhamburg.network.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queued mails of one address, read straight from the outbox table, and the one-time links in
 * them: what the recipient would find in their mailbox.
 */
public final class Mailbox {

    public record Mail(long id, String factKey, String template, String subject, String body) {

        /** The secret of the link in this mail ({@code ...?token=<secret>}). */
        public String token() {
            Matcher matcher = TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in mail " + subject + ":\n" + body);
            }
            return matcher.group(1);
        }

        /** The whole link, such as {@code http://localhost:8080/konto/bestaetigen?token=...}. */
        public String link() {
            Matcher matcher = LINK.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in mail " + subject);
            }
            return matcher.group();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[A-Za-z0-9_-]+");

    private final JdbcTemplate jdbc;

    public Mailbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<Mail> to(String recipient) {
        return jdbc.query(
                "select id, fact_key, template, subject, body from outbox_mail where recipient = ? order by id",
                (rs, n) -> new Mail(
                        rs.getLong("id"),
                        rs.getString("fact_key"),
                        rs.getString("template"),
                        rs.getString("subject"),
                        rs.getString("body")),
                recipient);
    }

    public List<Mail> to(String recipient, String template) {
        return to(recipient).stream()
                .filter(mail -> mail.template().equals(template))
                .toList();
    }

    /** The newest mail of this template to the address; fails when there is none. */
    public Mail latest(String recipient, String template) {
        List<Mail> mails = to(recipient, template);
        if (mails.isEmpty()) {
            throw new AssertionError("No " + template + " mail to " + recipient + "; found " + to(recipient));
        }
        return mails.getLast();
    }
}
