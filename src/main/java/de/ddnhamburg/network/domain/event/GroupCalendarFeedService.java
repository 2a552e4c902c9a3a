package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Kalender abonnieren" on a group page (issue 16 point 5): the group's public feed for a group
 * that guests may see ({@code ExpertGroup.isVisibleTo}, decision 012), and for its members a
 * secret feed with the same rules as the personal one (decision 010): 256 random bits, stored as a
 * hash, shown once; renewing replaces it, revoking deletes it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class GroupCalendarFeedService {

    private final GroupCalendarFeedRepository feeds;
    private final GroupLookup groups;
    private final PublicLinks links;
    private final CurrentUser currentUser;
    private final Clock clock;

    GroupCalendarFeedService(
            GroupCalendarFeedRepository feeds,
            GroupLookup groups,
            PublicLinks links,
            CurrentUser currentUser,
            Clock clock) {
        this.feeds = feeds;
        this.groups = groups;
        this.links = links;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What I may subscribe to on the group's page.
     *
     * @throws NotFoundException for a group I may not see
     */
    @Transactional(readOnly = true)
    public GroupCalendarOffer offer(long groupId) {
        long me = me();
        if (!groups.isVisible(groupId, me, currentUser.isAdmin())) {
            throw new NotFoundException();
        }
        String publicFeed = groups.isVisible(groupId, null, false) ? links.groupFeed(groupId) : null;
        boolean member = isMember(me, groupId);
        return new GroupCalendarOffer(
                publicFeed,
                member,
                member
                        ? feeds.findByMemberIdAndGroupId(me, groupId)
                                .map(GroupCalendarFeed::getIssuedAt)
                                .orElse(null)
                        : null);
    }

    /**
     * Makes my secret address of the group's feed, or a new one: the previous one stops at once.
     *
     * @return the address with its secret, to be shown now; it cannot be shown again later
     * @throws DomainException {@code calendar.group.membersOnly} unless I belong to the group
     */
    public String renew(long groupId) {
        long me = me();
        if (!isMember(me, groupId)) {
            throw new DomainException("calendar.group.membersOnly");
        }
        String secret = Secrets.newSecret();
        String hash = Secrets.hash(secret);
        Optional<GroupCalendarFeed> feed = feeds.findByMemberIdAndGroupId(me, groupId);
        if (feed.isPresent()) {
            feed.get().renew(hash, clock.instant());
        } else {
            feeds.save(new GroupCalendarFeed(me, groupId, hash, clock.instant()));
        }
        return links.groupPersonalFeed(secret);
    }

    /** Deletes my secret address of the group's feed, if there is one: it stops working at once. */
    public void revoke(long groupId) {
        feeds.findByMemberIdAndGroupId(me(), groupId).ifPresent(feeds::delete);
    }

    private boolean isMember(long memberId, long groupId) {
        return groups.activeGroupsOf(memberId).contains(groupId);
    }

    private long me() {
        return currentUser.requireMemberId();
    }
}
