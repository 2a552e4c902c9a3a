package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.print.CongressCertificateService;

/** All certificates of attendance in one PDF, for those checked in at the door. */
final class CertificateSection extends Div {

    CertificateSection(CongressCertificateService certificates, RosterCongress congress) {
        setId("print-certificates");
        addClassName("print-section");
        int attendees = certificates.attendeeCount(congress.id());
        Paragraph count = new Paragraph(getTranslation("congress.print.certificates.count", attendees));
        count.setId("certificate-count");
        Anchor all = Downloads.link(
                "certificate-all",
                getTranslation("congress.print.certificates.download"),
                FileNames.of(getLocale(), "file.certificates", "pdf", congress.id()),
                Downloads.PDF,
                () -> certificates.all(congress.id()));
        all.setEnabled(attendees > 0);
        add(
                new H2(getTranslation("congress.print.certificates.title")),
                new Paragraph(getTranslation("congress.print.certificates.text")),
                count,
                Downloads.row(all));
    }
}
