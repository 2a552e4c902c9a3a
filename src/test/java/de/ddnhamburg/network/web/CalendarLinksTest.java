package de.ddnhamburg.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.ui.RoutePaths;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The calendar paths are written in three places that cannot import each other; they must agree. */
class CalendarLinksTest {

    @Test
    void domain_links_ui_links_and_controller_mappings_agree() throws Exception {
        String eventPath = constant("de.ddnhamburg.network.domain.event.EventLinks", "EVENT_PATH");
        String personalFeed = constant("de.ddnhamburg.network.domain.event.EventLinks", "PERSONAL_FEED_PATH");
        String uiEventFile = constant("de.ddnhamburg.network.ui.event.CalendarLinks", "EVENT_FILE");
        String uiPublicFeed = constant("de.ddnhamburg.network.ui.event.CalendarLinks", "PUBLIC_FEED");

        assertThat(RoutePaths.EVENT).startsWith(eventPath);
        assertThat(CalendarController.PERSONAL_FEED).isEqualTo("/" + personalFeed + "{token}.ics");
        assertThat(CalendarController.EVENT_FILE).isEqualTo("/" + uiEventFile + "{id}.ics");
        assertThat(CalendarController.PUBLIC_FEED).isEqualTo("/" + uiPublicFeed);
    }

    private static String constant(String type, String name) throws Exception {
        Field field = Class.forName(type).getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }
}
