package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.MemberService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a session that no longer holds its member's rights, at its next request and on every
 * node: the member is not ACTIVE any more, or their count of session-ending changes (password,
 * roles, suspension, deletion; {@code member.session_epoch}) is not the one the session signed in
 * with. The request then goes on as a guest's, so a member page sends it to the login and Vaadin
 * answers a UI request with "session expired". One primary-key read per signed-in request.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private final MemberService members;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the application's strategy, the one the filter chain fills; not the JVM-wide
     *     holder, which belongs to whichever application context set it last (two contexts in one
     *     JVM, as in {@code PostgresTwoNodesTest}, would otherwise read each other's)
     */
    SessionValidityFilter(MemberService members, SecurityContextHolderStrategy contexts) {
        this.members = members;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof MemberPrincipal principal
                && !members.sessionStillValid(principal.getMemberId(), principal.getSessionEpoch())) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
