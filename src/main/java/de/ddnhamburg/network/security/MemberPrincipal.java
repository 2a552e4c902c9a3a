package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.LoginAccount;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member as Spring Security sees it; carries the member id for per-object checks. */
public final class MemberPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long memberId;
    private final String email;
    private @Nullable String passwordHash;
    private final List<SimpleGrantedAuthority> authorities;
    private final boolean enabled;
    private final Locale language;
    private final int sessionEpoch;

    public MemberPrincipal(LoginAccount account) {
        this.memberId = account.memberId();
        this.email = account.email();
        this.passwordHash = account.passwordHash();
        this.authorities = account.roles().stream()
                .sorted()
                .map(role -> new SimpleGrantedAuthority(Roles.authority(role)))
                .toList();
        this.enabled = account.canLogIn();
        this.language = account.language();
        this.sessionEpoch = account.sessionEpoch();
    }

    private MemberPrincipal(MemberPrincipal original, int sessionEpoch) {
        this.memberId = original.memberId;
        this.email = original.email;
        this.passwordHash = null;
        this.authorities = original.authorities;
        this.enabled = original.enabled;
        this.language = original.language;
        this.sessionEpoch = sessionEpoch;
    }

    /** The same member, signed in after a change that ended the member's other sessions. */
    MemberPrincipal withSessionEpoch(int newEpoch) {
        return new MemberPrincipal(this, newEpoch);
    }

    /** The member's count of session-ending changes when this session signed in. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public long getMemberId() {
        return memberId;
    }

    public Locale getLanguage() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
