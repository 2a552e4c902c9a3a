package de.ddnhamburg.network.domain.mail;

import java.util.regex.Pattern;

/**
 * Blanks the secret of the one-time links in a mail's text (reset, confirmation, e-mail change and
 * guest links all carry it as {@code ?token=<secret>}): once a mail is sent, its stored text keeps
 * the page the link led to, not a link that still works, and what admins open never holds one.
 */
final class OneTimeLinks {

    static final String BLANKED = "[removed]";

    private static final Pattern SECRET = Pattern.compile("([?&]token=)[A-Za-z0-9_-]+");

    private OneTimeLinks() {}

    static String blank(String text) {
        return SECRET.matcher(text).replaceAll("$1" + BLANKED);
    }
}
