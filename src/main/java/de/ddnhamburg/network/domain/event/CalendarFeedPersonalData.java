package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's personal calendar feed: when its address was made and what it holds (never the
 * secret, which is not stored). Deleting the account deletes the feed, so its address stops working.
 */
@Component
@Order(40)
class CalendarFeedPersonalData implements PersonalDataSection {

    record FeedItem(Instant addressIssuedAt, boolean includeGroups) {}

    private final CalendarFeedRepository feeds;

    CalendarFeedPersonalData(CalendarFeedRepository feeds) {
        this.feeds = feeds;
    }

    @Override
    public String name() {
        return "calendarFeed";
    }

    @Override
    public List<FeedItem> export(DataSubject subject) {
        return feeds.findByMemberId(subject.memberId()).stream()
                .map(feed -> new FeedItem(feed.getIssuedAt(), feed.isIncludeGroups()))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        feeds.findByMemberId(subject.memberId()).ifPresent(feeds::delete);
    }
}
