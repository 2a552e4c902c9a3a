package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.UploadRules;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives a photo or group image with a limit the server keeps, not only the browser
 * ({@code Upload.setMaxFileSize} is a hint to the client): Vaadin's parser is told the request and
 * file limits, and the body is read through {@link UploadRules#readUpload}, which refuses a too
 * large file by its declared size before reading and stops reading one byte after the limit
 * otherwise. The accepted bytes go to {@code accepted} in the UI's lock; a refusal is shown there.
 */
public final class ImageUploadHandler implements UploadHandler {

    /** Room for the multipart headers around the file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private final SerializableConsumer<byte[]> accepted;

    public ImageUploadHandler(SerializableConsumer<byte[]> accepted) {
        this.accepted = accepted;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream input = event.getInputStream()) {
            bytes = UploadRules.readUpload(input, event.getFileSize());
        } catch (DomainException refused) {
            event.reject(refused.getMessageKey());
            var unused = event.getUI().access(() -> Notices.problem(refused));
            return;
        }
        // Runs when the UI's lock is free; what it throws is shown by the UI's error handler.
        var unused = event.getUI().access(() -> accepted.accept(bytes));
    }

    @Override
    public long getRequestSizeMax() {
        return UploadRules.MAX_UPLOAD_BYTES + REQUEST_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return UploadRules.MAX_UPLOAD_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
