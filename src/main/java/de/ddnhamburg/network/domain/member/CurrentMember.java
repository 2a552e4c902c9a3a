package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in member's own row, for services that change it. A session that outlived its
 * rights (the member was suspended or deleted, changed the password or got other roles since it
 * signed in) is refused here too, not only by the security filter: the row of a deleted member must
 * never take a profile again.
 */
final class CurrentMember {

    private CurrentMember() {}

    static Member require(Optional<Member> row, CurrentUser currentUser) {
        Member member = row.orElseThrow(NotFoundException::new);
        boolean fresh = member.getStatus() == MemberStatus.ACTIVE
                && currentUser
                        .sessionEpoch()
                        .filter(epoch -> epoch == member.getSessionEpoch())
                        .isPresent();
        if (!fresh) {
            throw new AccessDeniedException("The session no longer holds the member's rights");
        }
        return member;
    }
}
