package de.ddnhamburg.network.security;

import java.util.Optional;
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
