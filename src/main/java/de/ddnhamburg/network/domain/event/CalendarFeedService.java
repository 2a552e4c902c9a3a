package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My personal calendar feed: an address with a secret that calendar programs subscribe to. The
 * address is shown once, when it is made; renewing makes a new one and the old one stops working
 * (for a lost phone, or an address shared by mistake).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final PublicLinks links;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, PublicLinks links, CurrentUser currentUser, Clock clock) {
        this.feeds = feeds;
        this.links = links;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CalendarFeedDetails settings() {
        return feeds.findByMemberId(me())
                .map(feed -> new CalendarFeedDetails(feed.getIssuedAt(), feed.isIncludeGroups()))
                .orElse(new CalendarFeedDetails(null, false));
    }

    /**
     * Makes my feed's address, or a new one: the previous address stops working at once.
     *
     * @return the address with its secret, to be shown now; it cannot be shown again later
     */
    public String renew() {
        long me = me();
        String secret = Secrets.newSecret();
        String hash = Secrets.hash(secret);
        feeds.findByMemberId(me)
                .ifPresentOrElse(
                        feed -> feed.renew(hash, clock.instant()),
                        () -> feeds.save(new CalendarFeed(me, hash, clock.instant())));
        return links.personalFeed(secret);
    }

    /** Whether my feed also holds the events of my expert groups; needs a feed. */
    public CalendarFeedDetails setIncludeGroups(boolean include) {
        CalendarFeed feed = feeds.findByMemberId(me()).orElseThrow(() -> new DomainException("calendar.feed.none"));
        feed.setIncludeGroups(include);
        return new CalendarFeedDetails(feed.getIssuedAt(), feed.isIncludeGroups());
    }

    private long me() {
        return currentUser.requireMemberId();
    }
}
