package de.ddnhamburg.network.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

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
