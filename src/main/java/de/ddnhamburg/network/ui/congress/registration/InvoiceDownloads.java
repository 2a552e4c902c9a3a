package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFile;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceItem;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceKind;
import de.ddnhamburg.network.domain.congress.invoice.MyInvoiceService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A member's invoices and credit notes of one registration on "Meine Anmeldung", each a link to its
 * PDF as issued (the service checks in the download's own request that it is theirs). Nothing is
 * shown for a registration without any.
 */
class InvoiceDownloads extends Div {

    InvoiceDownloads(MyInvoiceService invoices, long registrationId) {
        List<InvoiceItem> documents = invoices.forRegistration(registrationId);
        setId("mine-invoices-" + registrationId);
        addClassName("congress-invoices");
        setVisible(!documents.isEmpty());
        if (documents.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        Locale language = getLocale();
        for (InvoiceItem document : documents) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(request -> {
                        InvoiceFile file = invoices.pdf(document.id(), language);
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                file.contentType(),
                                file.content().length);
                    }),
                    AttachmentType.INLINE,
                    label(document));
            link.setId("mine-invoice-" + document.id());
            link.setTarget(AnchorTarget.BLANK);
            list.add(new ListItem(link));
        }
        add(new H3(getTranslation("congress.invoice.mine")), list);
    }

    private String label(InvoiceItem document) {
        String date = LocalFormats.date(document.issuedOn(), getLocale());
        String kind = getTranslation("congress.invoice.kind." + document.kind().name());
        if (document.kind() == InvoiceKind.CREDIT_NOTE) {
            return getTranslation("congress.invoice.mineCredit", kind, document.number(), date);
        }
        String status = getTranslation("congress.invoice.status."
                + Objects.requireNonNull(document.status()).name());
        return getTranslation("congress.invoice.mineLine", kind, document.number(), date, status);
    }
}
