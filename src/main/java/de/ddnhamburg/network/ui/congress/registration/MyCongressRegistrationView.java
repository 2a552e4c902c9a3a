package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.ddnhamburg.network.domain.congress.CongressLink;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.domain.congress.invoice.MyInvoiceService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "Meine Anmeldung" of a signed-in member: each congress registration that is not cancelled, with
 * ticket, sessions, answers and cancelling; or, with none, the congresses to register for.
 * {@code ?neu} and {@code ?bereits} say how the member got here from the wizard.
 */
@Route(value = RoutePaths.CONGRESS_MY_REGISTRATION, layout = MainLayout.class)
@PermitAll
public class MyCongressRegistrationView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MyCongressRegistrationService mine;
    private final RegistrationOptionsService options;
    private final MyInvoiceService invoices;

    public MyCongressRegistrationView(
            MyCongressRegistrationService mine, RegistrationOptionsService options, MyInvoiceService invoices) {
        this.mine = mine;
        this.options = options;
        this.invoices = invoices;
        addClassName("congress-mine-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("congress.mine.title")));
        var query = event.getLocation().getQueryParameters();
        if (query.getSingleParameter("neu").isPresent()) {
            add(hint("mine-new", "congress.mine.new"));
        } else if (query.getSingleParameter("bereits").isPresent()) {
            add(hint("mine-existing", "congress.mine.existing"));
        }
        List<RegistrationDetails> registrations = mine.mine();
        if (registrations.isEmpty()) {
            empty();
            return;
        }
        registrations.forEach(details -> {
            add(new RegistrationPanel(mine, options, RegistrationKey.member(details.id()), details));
            add(new InvoiceDownloads(invoices, details.id()));
        });
    }

    private Paragraph hint(String id, String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.setId(id);
        hint.addClassName("notice");
        hint.getElement().setAttribute("role", "status");
        return hint;
    }

    private void empty() {
        Div empty = new Div(new Paragraph(getTranslation("congress.mine.empty")));
        empty.setId("mine-empty");
        empty.addClassName("empty-state");
        for (CongressLink congress : options.upcoming()) {
            Anchor link = new Anchor(
                    "kongress/" + congress.id(), getTranslation("congress.mine.toCongress", congress.title()));
            link.setId("mine-congress-" + congress.id());
            empty.add(new Paragraph(link));
        }
        add(empty);
    }

    @Override
    public String titleKey() {
        return "congress.mine.title";
    }
}
