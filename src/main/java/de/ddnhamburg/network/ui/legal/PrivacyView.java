package de.ddnhamburg.network.ui.legal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.privacy.LegalNoticeService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TextPage;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/**
 * The privacy notice: each kind of personal data the platform keeps, with purpose, legal basis,
 * retention (the configured periods) and recipients, the controller and the data protection officer
 * from the configuration, and the version members agree to (docs/personal-data.md).
 */
@Route(value = RoutePaths.PRIVACY, layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends Composite<TextPage> implements TranslatedTitle {

    private final LegalNoticeService legal;

    public PrivacyView(LegalNoticeService legal) {
        this.legal = legal;
    }

    @Override
    protected TextPage initContent() {
        LegalNoticeService.PrivacyFacts facts = legal.privacyFacts();
        TextPage page = new TextPage("legal.privacy.title");
        page.setId("privacy");
        page.paragraphs("legal.privacy.intro");
        if (facts.operator().complete()) {
            String[] address = ImprintView.addressLines(facts.operator());
            String[] lines = java.util.Arrays.copyOf(address, address.length + 1);
            lines[address.length] = getTranslation(
                    "legal.privacy.controller.contact", facts.operator().email());
            page.lines("legal.privacy.controller.heading", lines);
        } else {
            page.section("legal.privacy.controller.heading", "legal.missing");
        }
        if (facts.officer().appointed()) {
            page.lines(
                    "legal.privacy.dpo.heading",
                    facts.officer().name(),
                    facts.officer().email().isBlank()
                            ? ""
                            : getTranslation(
                                    "legal.privacy.controller.contact",
                                    facts.officer().email()));
        } else {
            page.section("legal.privacy.dpo.heading", "legal.privacy.dpo.none");
        }
        page.section("legal.privacy.account.heading", "legal.privacy.account.text")
                .section("legal.privacy.profile.heading", "legal.privacy.profile.text")
                .section("legal.privacy.contacts.heading", "legal.privacy.contacts.text")
                .section("legal.privacy.groups.heading", "legal.privacy.groups.text")
                .section("legal.privacy.events.heading", "legal.privacy.events.text")
                .lines(
                        "legal.privacy.guests.heading",
                        getTranslation(
                                "legal.privacy.guests.text",
                                facts.guestPeriods().hold().toHours(),
                                facts.guestPeriods().retention().toDays()))
                .section("legal.privacy.feed.heading", "legal.privacy.feed.text")
                .section("legal.privacy.mail.heading", "legal.privacy.mail.text")
                .section("legal.privacy.log.heading", "legal.privacy.log.text")
                .section("legal.privacy.cookies.heading", "legal.privacy.cookies.text")
                .section("legal.privacy.recipients.heading", "legal.privacy.recipients.text")
                .section("legal.privacy.rights.heading", "legal.privacy.rights.text");
        com.vaadin.flow.component.html.Paragraph version =
                new com.vaadin.flow.component.html.Paragraph(getTranslation("legal.privacy.version", facts.version()));
        version.setId("privacy-version");
        page.add(version);
        return page;
    }

    @Override
    public String titleKey() {
        return "legal.privacy.title";
    }
}
