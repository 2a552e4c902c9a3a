package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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
        audit.record(AuditAction.LOGIN_FAILED, authentication.getName(), null, reason(event.getException()), address);
    }

    /** Why the login failed, as a note admins read in their language. */
    private static String reason(AuthenticationException failure) {
        if (failure instanceof BadCredentialsException) {
            return AuditNote.of("audit.note.login.badCredentials");
        }
        if (failure instanceof DisabledException) {
            return AuditNote.of("audit.note.login.disabled");
        }
        if (failure instanceof LockedException) {
            return AuditNote.of("audit.note.login.locked");
        }
        return AuditNote.of("audit.note.login.other", failure.getClass().getSimpleName());
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
