package de.ddnhamburg.network.domain.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mail a feature wants to send about a fact it has just stored.
 *
 * @param factKey identifies the fact, not the mail: {@code "<what>:<ids>"}, such as
 *     {@code "member.confirmation:42:7"}. A second request with the same key is ignored, so a
 *     retried or double-submitted action never mails twice. Include whatever makes a new fact new
 *     (for example a token id or a counter), or the second genuine mail is swallowed.
 * @param recipient the e-mail address
 * @param language the recipient's language; anything other than English gets German
 * @param template which text to send
 * @param params the template's placeholders in order; {@link java.time.Instant}s are shown in
 *     Hamburg's time in the recipient's language
 * @param attachment a file sent with the mail, such as a registration's {@code .ics}
 */
public record MailRequest(
        String factKey,
        String recipient,
        Locale language,
        MailTemplate template,
        List<Object> params,
        @Nullable MailAttachment attachment) {

    public MailRequest {
        if (factKey.isBlank() || factKey.length() > 200) {
            throw new IllegalArgumentException("A fact key needs 1 to 200 characters: " + factKey);
        }
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        params = List.copyOf(params);
    }

    public static MailRequest of(
            String factKey, String recipient, Locale language, MailTemplate template, Object... params) {
        return new MailRequest(factKey, recipient, language, template, List.of(params), null);
    }

    /** The same mail with a file attached. */
    public MailRequest withAttachment(MailAttachment file) {
        return new MailRequest(factKey, recipient, language, template, params, file);
    }
}
