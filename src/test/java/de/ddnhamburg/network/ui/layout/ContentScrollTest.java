package de.ddnhamburg.network.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.NavigationTrigger;
import de.ddnhamburg.network.ui.layout.ContentScroll.Move;
import org.junit.jupiter.api.Test;

/**
 * The member area scrolls inside {@code vaadin-app-layout}, which the browser does not reset on a
 * navigation: the layout tells the browser where the next page starts. That the browser follows
 * it is checked in GroupJourneyIT (the group page opens at the top below a scrolled group list).
 */
class ContentScrollTest {

    @Test
    void a_new_page_starts_at_the_top() {
        assertThat(ContentScroll.move("fachgruppen", "fachgruppen/7", NavigationTrigger.ROUTER_LINK))
                .isEqualTo(Move.TOP);
        assertThat(ContentScroll.move("fachgruppen", "veranstaltungen", NavigationTrigger.UI_NAVIGATE))
                .isEqualTo(Move.TOP);
        assertThat(ContentScroll.move(null, "start", NavigationTrigger.PAGE_LOAD))
                .isEqualTo(Move.TOP);
    }

    @Test
    void the_same_page_with_other_query_parameters_keeps_its_place() {
        // The path without the query: "veranstaltungen?ansicht=monat" after "veranstaltungen?ansicht=liste".
        assertThat(ContentScroll.move("veranstaltungen", "veranstaltungen", NavigationTrigger.ROUTER_LINK))
                .isEqualTo(Move.KEEP);
    }

    @Test
    void back_and_forward_return_to_where_the_member_left_the_page() {
        assertThat(ContentScroll.move("fachgruppen/7", "fachgruppen", NavigationTrigger.HISTORY))
                .isEqualTo(Move.RESTORE);
        assertThat(ContentScroll.move("veranstaltungen", "veranstaltungen", NavigationTrigger.HISTORY))
                .isEqualTo(Move.RESTORE);
    }
}
