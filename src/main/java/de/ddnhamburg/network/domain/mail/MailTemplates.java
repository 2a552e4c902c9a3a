package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.LocalFormats;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Fills in mail texts from the same translation bundles as the UI ({@code i18n/messages*.properties},
 * keys {@code mail.<template>.subject} and {@code mail.<template>.body}). The domain cannot use the
 * UI's Vaadin translation provider, so it reads the bundles itself with the same rule: German is
 * the root bundle, English the only other language, and the server's own locale never matters.
 */
@Component
class MailTemplates {

    static final Locale GERMAN = Locale.GERMAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The language a mail is written in: English for English speakers, German for everybody else. */
    static Locale supported(Locale language) {
        return ENGLISH.getLanguage().equals(language.getLanguage()) ? ENGLISH : GERMAN;
    }

    RenderedMail render(MailTemplate template, Locale language, List<Object> params) {
        Locale locale = supported(language);
        Object[] arguments =
                params.stream().map(param -> display(param, locale)).toArray();
        String subject = format(text(locale, "mail." + template.key() + ".subject"), locale, arguments);
        String body = format(text(locale, "mail." + template.key() + ".body"), locale, arguments) + "\n\n"
                + text(locale, "mail.footer");
        if (subject.length() > OutboxMail.MAX_SUBJECT || body.length() > OutboxMail.MAX_BODY) {
            throw new IllegalArgumentException("Mail " + template + " is too long to store");
        }
        return new RenderedMail(subject, body);
    }

    /** One translated phrase with its placeholders filled in, for lines a feature builds into a mail. */
    String phrase(Locale language, String key, List<Object> params) {
        Locale locale = supported(language);
        Object[] arguments =
                params.stream().map(param -> display(param, locale)).toArray();
        return format(text(locale, key), locale, arguments);
    }

    private static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, GERMAN.equals(locale) ? Locale.ROOT : locale, NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            // A mail with a placeholder instead of its text must never go out; failing loudly here
            // rolls back the caller, and MailTemplatesTest keeps it from happening at all.
            throw new IllegalStateException("Missing mail text " + key + " for " + locale, e);
        }
    }

    /**
     * Always through MessageFormat, also without parameters, so that every mail text follows the
     * same quoting rule: a straight apostrophe must be doubled ({@code ''}). The texts use typographic
     * quotes and apostrophes instead.
     */
    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Object display(Object param, Locale locale) {
        if (param instanceof Instant instant) {
            return LocalFormats.dateTime(instant, locale);
        }
        if (param instanceof LocalDate day) {
            return LocalFormats.date(day, locale);
        }
        if (param instanceof BigDecimal amount) {
            return LocalFormats.money(amount, locale);
        }
        return param;
    }
}
