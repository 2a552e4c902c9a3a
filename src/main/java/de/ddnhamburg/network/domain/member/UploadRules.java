package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The size limit of photos and group images, kept by the server while the upload arrives; the
 * upload components read through {@link #readUpload}, and {@link PhotoProcessor} checks it again.
 */
public final class UploadRules {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private UploadRules() {}

    /**
     * Reads an upload while it arrives and stops as soon as it is larger than
     * {@link #MAX_UPLOAD_BYTES}: a body whose declared size is too large is refused before its first
     * byte, and one without a declared size after at most one byte more than the limit. So no more
     * than the limit is ever held in memory, whatever the client sends.
     *
     * @param declaredSize the size the request announced, or a negative number when unknown
     * @throws DomainException {@code validation.photo.tooLarge} when the upload is larger
     */
    public static byte[] readUpload(InputStream input, long declaredSize) throws IOException {
        if (declaredSize > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = input.readNBytes(MAX_UPLOAD_BYTES + 1);
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    static DomainException tooLarge() {
        return new DomainException("validation.photo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
    }
}
