package de.ddnhamburg.network.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is signed in, for services that check per-object rules. Free of Vaadin on purpose. */
@Component
public class CurrentUser {

    public Optional<MemberPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public Optional<Long> memberId() {
        return principal().map(MemberPrincipal::getMemberId);
    }

    /** The signed-in member's id, for services open to members only; without one the call is refused. */
    public long requireMemberId() {
        return memberId().orElseThrow(() -> new AccessDeniedException("No member is signed in"));
    }

    /** The count of session-ending changes this session signed in with (see {@link MemberPrincipal}). */
    public Optional<Integer> sessionEpoch() {
        return principal().map(MemberPrincipal::getSessionEpoch);
    }

    /**
     * Keeps this session signed in after the member's own change ended all their sessions (a new
     * password): once the change commits, the session carries the new count, so the other sessions
     * end and this one goes on. Without a signed-in member it does nothing.
     */
    public void keepSessionAfterCommit(int newEpoch) {
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable renew = () -> {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal) {
                MemberPrincipal renewed = principal.withSessionEpoch(newEpoch);
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
                storeInSession(context);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            renew.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                renew.run();
            }
        });
    }

    /** Vaadin's requests read the context from the HTTP session; store the renewed one there. */
    private static void storeInSession(SecurityContext context) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    public Optional<String> email() {
        return principal().map(MemberPrincipal::getUsername);
    }

    /** Whether the signed-in member holds the administration role. */
    public boolean isAdmin() {
        return principal().stream()
                .flatMap(principal -> principal.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(Roles.authority(Roles.ADMIN)::equals);
    }
}
