package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.domain.group.GroupLookup;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's secret group feeds: which group and when the address was made (never the secret,
 * which is not stored). Deleting the account deletes them, so their addresses stop working.
 */
@Component
@Order(42)
class GroupCalendarFeedPersonalData implements PersonalDataSection {

    record FeedItem(String group, Instant addressIssuedAt) {}

    private final GroupCalendarFeedRepository feeds;
    private final GroupLookup groups;

    GroupCalendarFeedPersonalData(GroupCalendarFeedRepository feeds, GroupLookup groups) {
        this.feeds = feeds;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "groupCalendarFeeds";
    }

    @Override
    public List<FeedItem> export(DataSubject subject) {
        List<GroupCalendarFeed> mine = feeds.findByMemberIdOrderByIdAsc(subject.memberId());
        Map<Long, String> names =
                groups.names(mine.stream().map(GroupCalendarFeed::getGroupId).toList());
        return mine.stream()
                .map(feed -> new FeedItem(names.getOrDefault(feed.getGroupId(), "?"), feed.getIssuedAt()))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        feeds.deleteAll(feeds.findByMemberIdOrderByIdAsc(subject.memberId()));
    }
}
