package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.member.TopicItem;
import java.util.List;

/**
 * A group's page for the signed-in member. Requests and invitations are filled for those who
 * moderate the group only; everybody else gets empty lists. {@code notification} is the viewer's
 * own choice (the default for those who are not members).
 */
public record GroupPage(
        long id,
        long version,
        long viewerId,
        String name,
        String shortDescription,
        String description,
        List<TopicItem> topics,
        JoinPolicy joinPolicy,
        GroupVisibility visibility,
        boolean archived,
        GroupStanding standing,
        boolean canModerate,
        GroupNotification notification,
        boolean hasImage,
        List<GroupMemberItem> moderators,
        List<GroupMemberItem> members,
        List<GroupMemberItem> requests,
        List<GroupMemberItem> invitations) {

    public boolean isMember() {
        return standing == GroupStanding.MEMBER || standing == GroupStanding.MODERATOR;
    }

    /** The draft to edit this group with. */
    public GroupDraft toDraft() {
        return new GroupDraft(
                name,
                shortDescription,
                description,
                java.util.Set.copyOf(topics.stream().map(TopicItem::slug).toList()),
                joinPolicy,
                visibility);
    }
}
