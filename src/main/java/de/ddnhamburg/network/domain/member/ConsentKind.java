package de.ddnhamburg.network.domain.member;

/** What a member agreed to; each kind has its own text with its own versions. */
public enum ConsentKind {
    /** Read and accepted the privacy notice when joining. */
    PRIVACY_NOTICE,
    /** Took note of a new version of the privacy notice, asked at a login after the version was raised. */
    PRIVACY_NOTICE_NOTED
}
