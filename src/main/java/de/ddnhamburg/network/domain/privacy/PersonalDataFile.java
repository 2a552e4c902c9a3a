package de.ddnhamburg.network.domain.privacy;

/** A member's data export, ready to download. */
// Handed from the service to the download and never compared, so array identity does not matter.
@SuppressWarnings("ArrayRecordComponent")
public record PersonalDataFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/json";
}
