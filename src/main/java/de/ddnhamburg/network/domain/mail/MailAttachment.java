package de.ddnhamburg.network.domain.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A file sent with a mail, such as the {@code .ics} of an event registration or the PNG of a
 * congress ticket's QR code. It is stored with the mail in the outbox, so it says what was true
 * when the mail was queued, like the text; binary files are stored as Base64.
 *
 * @param fileName shown to the recipient, such as {@code veranstaltung-42.ics}
 * @param contentType the MIME type with its parameters, such as
 *     {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param content the file's text, or its bytes in Base64 when {@code base64} is set
 * @param base64 whether {@code content} is Base64 of binary bytes
 */
public record MailAttachment(String fileName, String contentType, String content, boolean base64) {

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

    /** A text file. */
    public MailAttachment(String fileName, String contentType, String content) {
        this(fileName, contentType, content, false);
    }

    /** A binary file, such as a PNG image. */
    public static MailAttachment binary(String fileName, String contentType, byte[] bytes) {
        return new MailAttachment(fileName, contentType, Base64.getEncoder().encodeToString(bytes), true);
    }

    /** The bytes to send: the decoded Base64, or the text in UTF-8. */
    public byte[] bytes() {
        return base64 ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
    }

    /** An iCalendar file (RFC 5545) that calendar programs offer to add. */
    public static MailAttachment calendar(String fileName, String ics) {
        return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", ics);
    }
}
