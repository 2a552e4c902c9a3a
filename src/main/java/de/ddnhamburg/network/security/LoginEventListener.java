package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds login outcomes into the throttle and the audit log. */
@Component
class LoginEventListener {

    private final LoginThrottle throttle;
    private final AuditService audit;

    LoginEventListener(LoginThrottle throttle, AuditService audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        throttle.recordSuccess(authentication.getName());
        audit.record(AuditAction.LOGIN_SUCCEEDED, authentication.getName(), null, null, clientAddress(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String address = clientAddress(authentication);
        throttle.recordFailure(authentication.getName(), address == null ? "unknown" : address);
        audit.record(
                AuditAction.LOGIN_FAILED,
                authentication.getName(),
                null,
                event.getException().getClass().getSimpleName(),
                address);
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.record(AuditAction.LOGOUT, authentication.getName(), null, null, clientAddress(authentication));
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
