package de.ddnhamburg.network.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Markup that the server sends as one property ({@code innerHTML}) and the browser turns into
 * elements: the navigation's icons, labels and counts, the legal links, the language buttons
 * (docs/benchmarks.md, "Memory per session"). Karibu sees no elements there, so tests read what the
 * server sends. The application writes it well-formed (attributes quoted, texts escaped), so the
 * JDK's XML parser reads it as the browser does.
 */
public final class BrowserMarkup {

    private BrowserMarkup() {}

    /** The element with this id in the markup of a shown component of the current page. */
    public static Optional<Element> find(String id) {
        return _find(Component.class).stream()
                .map(component -> component.getElement().getProperty("innerHTML"))
                .filter(Objects::nonNull)
                .map(html -> byId(parse(html), id))
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** As {@link #find}, for an element that has to be there. */
    public static Element get(String id) {
        return find(id).orElseThrow(() -> new AssertionError("no element #" + id + " in the page's markup"));
    }

    /** A component's markup, under a root element of its own. */
    public static Element of(Component component) {
        return parse(Objects.requireNonNull(component.getElement().getProperty("innerHTML")));
    }

    private static Element parse(String html) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<root>" + html + "</root>")))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not well-formed: " + html, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Element byId(Element root, String id) {
        try {
            return (Element)
                    XPathFactory.newInstance().newXPath().evaluate("//*[@id='" + id + "']", root, XPathConstants.NODE);
        } catch (XPathExpressionException e) {
            throw new AssertionError(e);
        }
    }
}
