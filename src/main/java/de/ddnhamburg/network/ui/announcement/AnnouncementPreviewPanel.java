package de.ddnhamburg.network.ui.announcement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import de.ddnhamburg.network.domain.announcement.AnnouncementPreview;
import de.ddnhamburg.network.domain.mail.RenderedMail;

/** The mail in German and in English, as text: exactly what the recipients will read. */
class AnnouncementPreviewPanel extends Div {

    AnnouncementPreviewPanel() {
        setId("announcement-preview-panel");
        setVisible(false);
    }

    void show(AnnouncementPreview preview) {
        removeAll();
        add(mail("announcement-preview-de", "announcement.preview.german", preview.german()));
        add(mail("announcement-preview-en", "announcement.preview.english", preview.english()));
        setVisible(true);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    private Div mail(String id, String titleKey, RenderedMail mail) {
        Paragraph subject = new Paragraph(getTranslation("announcement.preview.subject", mail.subject()));
        subject.setId(id + "-subject");
        Pre body = new Pre(mail.body());
        body.setId(id + "-body");
        body.getStyle().set("white-space", "pre-wrap");
        Div block = new Div(new H3(getTranslation(titleKey)), subject, body);
        block.setId(id);
        return block;
    }
}
