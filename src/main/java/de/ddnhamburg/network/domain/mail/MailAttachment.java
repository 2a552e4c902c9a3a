package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A file sent with a mail, such as the {@code .ics} of an event registration or the PNG of a
 * congress ticket's QR code. It is stored with the mail in the outbox, so it says what was true
 * when the mail was queued, like the text; binary files are stored as Base64, a QR code as the text
 * it encodes, drawn when the mail is sent (the same text always gives the same image, and drawing
 * costs more than the whole registration that queues the mail).
 *
 * @param fileName shown to the recipient, such as {@code veranstaltung-42.ics}
 * @param contentType the MIME type with its parameters, such as
 *     {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param content the file's text, its bytes in Base64, or the text of the QR code, as {@code form} says
 * @param form how {@code content} holds the file
 */
public record MailAttachment(String fileName, String contentType, String content, Form form) {

    /** How an attachment's content holds the file. */
    public enum Form {
        /** The file is the content, in UTF-8. */
        TEXT,
        /** The file's bytes, in Base64. */
        BASE64,
        /** A PNG of the QR code of the content, drawn when the mail is sent. */
        QR_CODE
    }

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
        this(fileName, contentType, content, Form.TEXT);
    }

    /** A binary file, such as a PNG image. */
    public static MailAttachment binary(String fileName, String contentType, byte[] bytes) {
        return new MailAttachment(fileName, contentType, Base64.getEncoder().encodeToString(bytes), Form.BASE64);
    }

    /** The PNG of the QR code of {@code text}, drawn when the mail is sent. */
    public static MailAttachment qrCode(String fileName, String text) {
        return new MailAttachment(fileName, QrCode.CONTENT_TYPE, text, Form.QR_CODE);
    }

    /** The bytes to send: the text in UTF-8, the decoded Base64, or the QR code drawn now. */
    public byte[] bytes() {
        return switch (form) {
            case TEXT -> content.getBytes(StandardCharsets.UTF_8);
            case BASE64 -> Base64.getDecoder().decode(content);
            case QR_CODE -> QrCode.png(content);
        };
    }

    /** An iCalendar file (RFC 5545) that calendar programs offer to add. */
    public static MailAttachment calendar(String fileName, String ics) {
        return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", ics);
    }
}
