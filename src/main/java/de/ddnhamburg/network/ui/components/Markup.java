package de.ddnhamburg.network.ui.components;

/**
 * Text for markup that the browser builds from one property (an element's {@code innerHTML}) where
 * components would cost every session state nodes for content that hardly changes
 * (docs/benchmarks.md, "Memory per session"). Texts from translations and member names go in
 * escaped, never as markup. The markup is kept well-formed (every attribute with a quoted value,
 * every element closed), so that tests can read it with an XML parser.
 */
public final class Markup {

    private Markup() {}

    /** For an element's text and for an attribute value in double quotes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
