package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Links that download a file made by a service when followed, in that request and with its
 * sign-in, so the service checks the rights again. What the page chose (filters) is read by the
 * supplier at that moment. A refusal answers with an HTTP error rather than a file.
 */
final class Downloads {

    static final String PDF = "application/pdf";

    private Downloads() {}

    /** Links side by side, wrapping on a phone. */
    static Div row(Anchor... links) {
        Div row = new Div(links);
        row.addClassName("print-links");
        return row;
    }

    static Anchor link(String id, String label, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    try {
                        byte[] bytes = content.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                    } catch (AccessDeniedException e) {
                        return DownloadResponse.error(403);
                    } catch (NotFoundException e) {
                        return DownloadResponse.error(404);
                    } catch (DomainException e) {
                        // Nothing to print (anymore): the page said so already, when it counted.
                        return DownloadResponse.error(409);
                    }
                }),
                AttachmentType.DOWNLOAD,
                label);
        anchor.setId(id);
        anchor.addClassNames("print-download", "button-link");
        return anchor;
    }
}
