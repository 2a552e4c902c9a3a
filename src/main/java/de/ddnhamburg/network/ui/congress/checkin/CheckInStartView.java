package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.DeskCongress;
import de.ddnhamburg.network.domain.congress.checkin.CheckInService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The way in to the door: the congresses whose desk the caller may open now; with exactly one, it
 * opens that desk at once. The door team finds a congress here only on and just before its days.
 */
@Route(value = RoutePaths.CHECK_IN, layout = MainLayout.class)
@RolesAllowed({Roles.CHECK_IN, Roles.ADMIN})
public class CheckInStartView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final CheckInService checkIns;

    public CheckInStartView(CheckInService checkIns) {
        this.checkIns = checkIns;
        addClassName("check-in-start-view");
    }

    @Override
    public String titleKey() {
        return "checkin.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DeskCongress> congresses = checkIns.congresses();
        if (congresses.size() == 1) {
            event.forwardTo(CheckInView.class, params(congresses.getFirst().id()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("checkin.title")));
        if (congresses.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checkin.choose.none"));
            none.setId("check-in-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("checkin.choose.lead")));
        Div list = new Div();
        list.setId("check-in-congresses");
        list.addClassName("check-in-congresses");
        for (DeskCongress congress : congresses) {
            RouterLink link = new RouterLink(CheckInView.class, params(congress.id()));
            Span title = new Span(congress.title());
            title.addClassName("check-in-congress-title");
            link.add(title, new Span(CongressFormat.day(congress.firstDay(), getLocale())));
            link.addClassName("check-in-congress-link");
            list.add(link);
        }
        add(list);
    }

    private static RouteParameters params(long congressId) {
        return new RouteParameters(Map.of(CheckInView.ID, String.valueOf(congressId)));
    }
}
