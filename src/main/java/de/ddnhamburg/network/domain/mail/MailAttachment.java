package de.ddnhamburg.network.domain.mail;

import java.util.regex.Pattern;

/**
 * A text file sent with a mail, such as the {@code .ics} of an event registration. One per mail is
 * all the platform needs; it is stored with the mail in the outbox, so it says what was true when
 * the mail was queued, like the text.
 *
 * @param fileName shown to the recipient, such as {@code veranstaltung-42.ics}
 * @param contentType the MIME type with its parameters, such as
 *     {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param content the file's text
 */
public record MailAttachment(String fileName, String contentType, String content) {

    static final int MAX_CONTENT = 100_000;
    private static final Pattern FILE_NAME = Pattern.compile("^[A-Za-z0-9._-]{1,100}$");

    public MailAttachment {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("An attachment needs a plain file name: " + fileName);
        }
        if (contentType.isBlank()
                || contentType.length() > 100
                || contentType.contains("\n")
                || contentType.contains("\r")) {
            throw new IllegalArgumentException("Not a content type: " + contentType);
        }
        if (content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("The attachment " + fileName + " is too long to store");
        }
    }

    /** An iCalendar file (RFC 5545) that calendar programs offer to add. */
    public static MailAttachment calendar(String fileName, String ics) {
        return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", ics);
    }
}
