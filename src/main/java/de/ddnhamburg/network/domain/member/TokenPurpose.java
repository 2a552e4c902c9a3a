package de.ddnhamburg.network.domain.member;

/** What a mailed one-time link may do; a link of one purpose is worthless for any other. */
public enum TokenPurpose {
    /** Confirms the address given when joining. */
    CONFIRM_EMAIL,
    /** Sets a new password without the old one. */
    RESET_PASSWORD,
    /** Makes a new address the login, proving that its owner asked for it. */
    CHANGE_EMAIL
}
