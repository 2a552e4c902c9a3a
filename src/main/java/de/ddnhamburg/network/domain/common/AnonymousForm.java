package de.ddnhamburg.network.domain.common;

/** The forms anybody may send without an account, each limited per client address. */
public enum AnonymousForm {
    JOIN,
    GUEST_REGISTRATION,
    PASSWORD_RESET
}
