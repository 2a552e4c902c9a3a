package de.ddnhamburg.network.ui.legal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import de.ddnhamburg.network.domain.member.PrivacyNoticeService;

/**
 * Asks a member who knows an older version of the privacy notice to take note of the current one,
 * once, in the member area; the notice opens in a new tab so that the question stays.
 */
public class PrivacyNoteDialog extends Dialog {

    private static final String ASKED = PrivacyNoteDialog.class.getName() + ".asked";

    /** Opens the question when it is due, once per login: a member who reloads is not asked again before the next. */
    public static void askOncePerSession(VaadinSession session, PrivacyNoticeService notice) {
        if (session.getAttribute(ASKED) == null && notice.mustTakeNote()) {
            session.setAttribute(ASKED, Boolean.TRUE);
            new PrivacyNoteDialog(notice).open();
        }
    }

    PrivacyNoteDialog(PrivacyNoticeService notice) {
        setId("privacy-note-dialog");
        setHeaderTitle(getTranslation("legal.privacy.noted.title"));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        Anchor read = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(PrivacyView.class),
                getTranslation("legal.privacy.noted.read"));
        read.setTarget("_blank");
        read.setId("privacy-note-read");
        add(new Paragraph(getTranslation("legal.privacy.noted.text", notice.currentVersion())), new Paragraph(read));
        Button confirm = new Button(getTranslation("legal.privacy.noted.confirm"), click -> {
            notice.takeNote();
            close();
        });
        confirm.setId("privacy-note-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(confirm);
    }
}
