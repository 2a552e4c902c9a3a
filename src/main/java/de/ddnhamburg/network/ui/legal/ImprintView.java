package de.ddnhamburg.network.ui.legal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.privacy.LegalNoticeService;
import de.ddnhamburg.network.domain.privacy.LegalProperties;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TextPage;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/** The imprint (§ 5 DDG), from the operator's configuration ({@code app.legal.operator.*}). */
@Route(value = RoutePaths.IMPRINT, layout = PublicLayout.class)
@AnonymousAllowed
public class ImprintView extends Composite<TextPage> implements TranslatedTitle {

    private final LegalNoticeService legal;

    public ImprintView(LegalNoticeService legal) {
        this.legal = legal;
    }

    @Override
    protected TextPage initContent() {
        LegalProperties.Operator operator = legal.operator();
        TextPage page = new TextPage("legal.imprint.title");
        page.setId("imprint");
        if (!operator.complete()) {
            page.paragraphs("legal.missing");
        }
        page.lines("legal.imprint.provider.heading", addressLines(operator));
        page.lines("legal.imprint.representative.heading", operator.representative());
        if (!operator.register().isBlank()) {
            page.lines("legal.imprint.register.heading", operator.register());
        }
        if (!operator.vatId().isBlank()) {
            page.lines("legal.imprint.vat.heading", operator.vatId());
        }
        page.lines(
                "legal.imprint.contact.heading",
                operator.email().isBlank() ? "" : getTranslation("legal.imprint.email", operator.email()),
                operator.phone().isBlank() ? "" : getTranslation("legal.imprint.phone", operator.phone()));
        page.lines(
                "legal.imprint.responsible.heading",
                operator.representative(),
                getTranslation("legal.imprint.responsible.text"));
        return page.section("legal.imprint.liability.heading", "legal.imprint.liability.text");
    }

    /** The name, then the address, which may be configured on one line with commas. */
    static String[] addressLines(LegalProperties.Operator operator) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(operator.name());
        for (String part : operator.address().split("\\s*(?:,|\\R)\\s*")) {
            lines.add(part);
        }
        return lines.toArray(String[]::new);
    }

    @Override
    public String titleKey() {
        return "legal.imprint.title";
    }
}
