package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt that comes before the throttle's delay has passed. */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";
    static final String BLOCKED_URL = "/login?blocked";

    private final LoginThrottle throttle;
    private final AuditService audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditService audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoginAttempt(request)) {
            String email = String.valueOf(request.getParameter("username"));
            String address = request.getRemoteAddr();
            Duration delay = throttle.remainingDelay(email, address);
            if (!delay.isZero()) {
                audit.record(
                        AuditAction.LOGIN_THROTTLED,
                        email,
                        null,
                        AuditNote.of("audit.detail.wait", delay.toSeconds()),
                        address);
                response.sendRedirect(request.getContextPath() + BLOCKED_URL);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isLoginAttempt(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + LOGIN_PATH).equals(request.getRequestURI());
    }
}
