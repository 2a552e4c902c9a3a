package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.PlatformProperties;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version of the privacy notice ({@code app.privacy.version}) that members know. A member who
 * agreed to or took note of an older version is asked, in the member area, to take note of the
 * current one; the answer is kept like a consent, as proof of when they were told. Accounts made
 * without joining (first admin, demo data) have no record and are not asked.
 */
@Service
@Transactional
public class PrivacyNoticeService {

    private static final Set<ConsentKind> PRIVACY_KINDS =
            Set.of(ConsentKind.PRIVACY_NOTICE, ConsentKind.PRIVACY_NOTICE_NOTED);

    private final MemberConsentRepository consents;
    private final PlatformProperties platform;
    private final CurrentUser currentUser;
    private final Clock clock;

    PrivacyNoticeService(
            MemberConsentRepository consents, PlatformProperties platform, CurrentUser currentUser, Clock clock) {
        this.consents = consents;
        this.platform = platform;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The version of the notice now in force. */
    @Transactional(readOnly = true)
    public String currentVersion() {
        return platform.privacy().version();
    }

    /** Whether the signed-in member last saw an older version of the notice than the current one. */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    @Transactional(readOnly = true)
    public boolean mustTakeNote() {
        List<ConsentRecord> privacy =
                consents.findByMemberIdOrderByGivenAtAscIdAsc(currentUser.requireMemberId()).stream()
                        .map(MemberConsent::toRecord)
                        .filter(consent -> PRIVACY_KINDS.contains(consent.kind()))
                        .toList();
        return !privacy.isEmpty() && !privacy.getLast().version().equals(currentVersion());
    }

    /** Records that the signed-in member took note of the current version; asking twice adds nothing. */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    public void takeNote() {
        if (mustTakeNote()) {
            consents.save(new MemberConsent(
                    currentUser.requireMemberId(),
                    ConsentKind.PRIVACY_NOTICE_NOTED,
                    currentVersion(),
                    clock.instant()));
        }
    }
}
