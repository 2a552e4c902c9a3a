package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link that searches the event's address on OpenStreetMap, in a new tab. Only a link: no map is
 * embedded, so no third party is contacted before the user decides to follow it.
 */
class MapLink extends Anchor {

    static final String SEARCH = "https://www.openstreetmap.org/search?query=";

    MapLink(String address) {
        super(SEARCH + URLEncoder.encode(address, StandardCharsets.UTF_8), "", AnchorTarget.BLANK);
        setText(getTranslation("event.map.link"));
        setId("event-map-link");
        getElement().setAttribute("rel", "noopener noreferrer");
    }
}
