package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.MemberSessions;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a member's sessions through Spring Security's {@link SessionRegistry}: each is marked
 * expired, and the {@code ConcurrentSessionFilter} logs it out at its next request (see
 * {@link SecurityConfig}). The registry is in memory, so this reaches the sessions of this node.
 */
@Component
class RegistryMemberSessions implements MemberSessions {

    private final SessionRegistry registry;

    RegistryMemberSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void endAll(long memberId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof MemberPrincipal member && member.getMemberId() == memberId) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
