package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.MemberService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class MemberUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final MemberService members;

    MemberUserDetailsService(MemberService members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return members.findLoginAccount(username)
                .map(MemberPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /**
     * Spring calls this after a successful login whose hash was made with older parameters. The new
     * hash is declared nullable because an encoder answers null for a null password; then there is
     * nothing to store.
     */
    @Override
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword == null) {
            return user;
        }
        members.upgradePasswordHash(user.getUsername(), newPassword);
        return loadUserByUsername(user.getUsername());
    }
}
