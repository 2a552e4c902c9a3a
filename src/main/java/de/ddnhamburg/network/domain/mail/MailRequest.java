package de.ddnhamburg.network.domain.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 * @param params the template's placeholders in order; {@link java.time.Instant}s, {@link
 *     java.time.LocalDate}s and {@link java.math.BigDecimal} amounts in euros are written in the
 *     recipient's language by {@link de.ddnhamburg.network.domain.common.LocalFormats}, instants in
 *     Hamburg's time
 * @param attachments files sent with the mail, in order, such as a registration's {@code .ics}
 */
public record MailRequest(
        String factKey,
        String recipient,
        Locale language,
        MailTemplate template,
        List<Object> params,
        List<MailAttachment> attachments) {

    public MailRequest {
        if (factKey.isBlank() || factKey.length() > 200) {
            throw new IllegalArgumentException("A fact key needs 1 to 200 characters: " + factKey);
        }
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        params = List.copyOf(params);
        attachments = List.copyOf(attachments);
    }

    public static MailRequest of(
            String factKey, String recipient, Locale language, MailTemplate template, Object... params) {
        return new MailRequest(factKey, recipient, language, template, List.of(params), List.of());
    }

    /** The same mail with one more file attached, after those it has. */
    public MailRequest withAttachment(MailAttachment file) {
        List<MailAttachment> more = new ArrayList<>(attachments);
        more.add(file);
        return new MailRequest(factKey, recipient, language, template, params, more);
    }
}
