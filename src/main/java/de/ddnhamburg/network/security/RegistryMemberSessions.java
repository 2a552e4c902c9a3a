package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.MemberSessions;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a member's sessions through Spring Security's {@link SessionRegistry}: each is marked
 * expired, and the {@code ConcurrentSessionFilter} logs it out at its next request (see
 * {@link SecurityConfig}). The registry is in memory, so this reaches the sessions of this node
 * at once; the other nodes' sessions end through {@link SessionValidityFilter}.
 */
@Component
class RegistryMemberSessions implements MemberSessions {

    private final SessionRegistry registry;

    RegistryMemberSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void endAll(long memberId) {
        expire(memberId, "");
    }

    @Override
    public void endOthers(long memberId) {
        String own = "";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                own = session.getId();
            }
        }
        expire(memberId, own);
    }

    private void expire(long memberId, String except) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof MemberPrincipal member && member.getMemberId() == memberId) {
                registry.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(except))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
