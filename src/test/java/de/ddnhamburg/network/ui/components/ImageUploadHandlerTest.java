package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import de.ddnhamburg.network.domain.member.UploadRules;
import de.ddnhamburg.network.support.KaribuTest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The server keeps the upload limit while reading, whatever the browser was told. */
class ImageUploadHandlerTest extends KaribuTest {

    static final long SIX_MEGABYTES = 6L * 1024 * 1024;

    private final List<byte[]> accepted = new ArrayList<>();
    private final ImageUploadHandler handler = new ImageUploadHandler(accepted::add);

    @Test
    void a_six_megabyte_body_is_refused_by_its_declared_size_before_a_byte_is_read() throws IOException {
        CountingZeros body = new CountingZeros(SIX_MEGABYTES);
        UploadEvent event = upload(body, SIX_MEGABYTES);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read.get()).isZero();
        MockVaadin.clientRoundtrip(false);
        assertThat(accepted).isEmpty();
    }

    @Test
    void a_six_megabyte_body_that_lies_about_its_size_is_cut_off_at_the_limit() throws IOException {
        CountingZeros body = new CountingZeros(SIX_MEGABYTES);
        UploadEvent event = upload(body, 1000);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read.get()).isLessThanOrEqualTo(UploadRules.MAX_UPLOAD_BYTES + 1L);
        MockVaadin.clientRoundtrip(false);
        assertThat(accepted).isEmpty();
    }

    @Test
    void a_file_within_the_limit_reaches_the_form() throws IOException {
        handler.handleUploadRequest(upload(new CountingZeros(1024), 1024));

        MockVaadin.clientRoundtrip(false);
        assertThat(accepted)
                .singleElement()
                .satisfies(bytes -> assertThat(bytes).hasSize(1024));
    }

    @Test
    void vaadins_parser_is_told_the_limits_too() {
        assertThat(handler.getFileSizeMax()).isEqualTo(UploadRules.MAX_UPLOAD_BYTES);
        assertThat(handler.getRequestSizeMax()).isBetween((long) UploadRules.MAX_UPLOAD_BYTES, SIX_MEGABYTES - 1);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }

    private static UploadEvent upload(InputStream body, long declaredSize) {
        Upload upload = new Upload(new ImageUploadHandler(bytes -> {}));
        UI.getCurrent().add(upload);
        return new UploadEvent(
                VaadinRequest.getCurrent(),
                VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(),
                "photo.png",
                declaredSize,
                "image/png",
                upload.getElement(),
                new StreamPart(body, declaredSize));
    }

    /** A body of zeros made while it is read, so a test never holds it; counts what was read. */
    static final class CountingZeros extends InputStream {
        final AtomicLong read = new AtomicLong();
        private final long size;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read.get() >= size) {
                return -1;
            }
            read.incrementAndGet();
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = size - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read.addAndGet(n);
            return n;
        }
    }

    private record StreamPart(InputStream body, long size) implements Part {
        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public String getContentType() {
            return "image/png";
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getSubmittedFileName() {
            return "photo.png";
        }

        @Override
        public long getSize() {
            return size;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String name) {
            return "";
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
