package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import java.io.ByteArrayInputStream;

/**
 * The ticket: its QR code (made when the image is fetched, by the service, for the owner only),
 * the same code printed for typing at the door, and a download of the image.
 */
final class TicketQrCode extends Div {

    TicketQrCode(MyCongressRegistrationService mine, RegistrationKey key, String ticketCode) {
        setId("ticket");
        addClassName("congress-ticket");
        String fileName = FileNames.of(getLocale(), "file.ticket", "png", ticketCode);
        Image image = new Image(handler(mine, key, fileName), getTranslation("congress.ticket.alt"));
        image.setId("ticket-qr");
        image.addClassName("congress-ticket-qr");
        Span code = new Span(ticketCode);
        code.setId("ticket-code");
        code.addClassName("congress-ticket-code");
        Paragraph codeLine = new Paragraph(getTranslation("congress.ticket.code") + " ");
        codeLine.add(code);
        Anchor download = new Anchor(
                handler(mine, key, fileName), AttachmentType.DOWNLOAD, getTranslation("congress.ticket.download"));
        download.setId("ticket-download");
        add(image, codeLine, new Paragraph(getTranslation("congress.ticket.hint")), download);
    }

    private static DownloadHandler handler(MyCongressRegistrationService mine, RegistrationKey key, String fileName) {
        return DownloadHandler.fromInputStream(request -> {
            try {
                byte[] png = mine.qrCode(key);
                return new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length);
            } catch (DomainException e) {
                return DownloadResponse.error(404);
            }
        });
    }
}
