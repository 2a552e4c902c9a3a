package de.ddnhamburg.network.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.event.EventsView;
import de.ddnhamburg.network.ui.group.GroupsView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The member area scrolls inside {@code vaadin-app-layout}, which the browser does not reset on a
 * navigation: the layout asks the browser where the next page starts.
 */
class ContentScrollTest extends KaribuTest {

    @Test
    void a_new_page_starts_at_the_top() {
        loginAsMember();
        navigate(GroupsView.class);
        scrollMoves();

        navigate(EventsView.class);

        assertThat(scrollMoves()).containsExactly("TOP");
    }

    @Test
    void the_same_page_with_other_query_parameters_keeps_its_place() {
        loginAsMember();
        navigate("veranstaltungen?ansicht=liste");
        scrollMoves();

        navigate("veranstaltungen?ansicht=monat");

        assertThat(scrollMoves()).containsExactly("KEEP");
    }

    @Test
    void back_and_forward_return_to_where_the_member_left_the_page() {
        loginAsMember();
        navigate(GroupsView.class);
        navigate(EventsView.class);
        scrollMoves();

        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("fachgruppen"), NavigationTrigger.HISTORY);

        assertThat(scrollMoves()).containsExactly("RESTORE");
    }

    /** The moves of the layout's scroll container asked for since the last call, in order. */
    private static List<String> scrollMoves() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(invocation -> invocation.getExpression().contains("[part~='content']"))
                .map(invocation -> String.valueOf(invocation.getParameters().getFirst()))
                .toList();
    }
}
