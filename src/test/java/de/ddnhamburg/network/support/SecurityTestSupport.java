package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.MemberPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a member in for a service test, the way a real login would leave the security context. */
public final class SecurityTestSupport {

    private SecurityTestSupport() {}

    public static void signIn(LoginAccount account) {
        MemberPrincipal principal = new MemberPrincipal(account);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
