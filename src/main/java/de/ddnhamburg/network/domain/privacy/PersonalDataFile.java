package de.ddnhamburg.network.domain.privacy;

/** A member's data export, ready to download. */
public record PersonalDataFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/json";
}
