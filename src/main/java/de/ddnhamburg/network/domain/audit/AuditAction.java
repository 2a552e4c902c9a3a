package de.ddnhamburg.network.domain.audit;

public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ROLE_CHANGED,
    FIRST_ADMIN_CREATED,
    MAIL_OPENED,
    MAIL_RETRIED
}
