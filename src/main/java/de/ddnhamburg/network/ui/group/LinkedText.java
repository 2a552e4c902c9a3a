package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's text as written, with web addresses (http and https only) as links that open in a new
 * tab. Built from {@link Text} and {@link Anchor} components, never from an HTML string: whatever
 * else the author wrote, markup included, stays text. Line breaks are kept by the CSS class
 * {@code group-text}.
 */
final class LinkedText {

    static final String REL = "noopener noreferrer nofollow";

    /** An address runs to the next white space or character that cannot be part of one in text. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address ("see https://example.org."). */
    private static final String TRAILING = ".,;:!?'\"»“”’";

    private LinkedText() {}

    static Paragraph of(String text) {
        Paragraph paragraph = new Paragraph();
        Matcher matcher = URL.matcher(text);
        int shown = 0;
        while (matcher.find()) {
            String address = trim(matcher.group());
            if (address.length() <= "https://".length()) {
                continue;
            }
            int start = matcher.start();
            if (start > shown) {
                paragraph.add(new Text(text.substring(shown, start)));
            }
            paragraph.add(anchor(address));
            shown = start + address.length();
        }
        if (shown < text.length()) {
            paragraph.add(new Text(text.substring(shown)));
        }
        return paragraph;
    }

    private static Anchor anchor(String address) {
        Anchor anchor = new Anchor(address, address);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", REL);
        anchor.addClassName("group-post-link");
        return anchor;
    }

    /** Drops trailing punctuation, and a closing parenthesis that closes the sentence's, not the address's. */
    private static String trim(String candidate) {
        String address = candidate;
        while (!address.isEmpty()) {
            char last = address.charAt(address.length() - 1);
            if (TRAILING.indexOf(last) >= 0) {
                address = address.substring(0, address.length() - 1);
            } else if (last == ')' && count(address, '(') < count(address, ')')) {
                address = address.substring(0, address.length() - 1);
            } else {
                break;
            }
        }
        return address;
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }
}
