package de.ddnhamburg.network.domain.member;

/** What a member agreed to; each kind has its own text with its own versions. */
public enum ConsentKind {
    /** Read and accepted the privacy notice when joining. */
    PRIVACY_NOTICE
}
