package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's groups (with role and state) and their posts and replies. On deletion both go; a
 * deleted post takes its replies with it, as when its author deletes it.
 */
@Component
@Order(30)
class GroupPersonalData implements PersonalDataSection {

    record MembershipItem(
            String group, GroupRole role, MembershipStatus status, GroupNotification notification, Instant since) {}

    record PostItem(
            String group,
            @Nullable String title,
            String text,
            boolean reply,
            Instant createdAt,
            @Nullable String removedReason) {}

    record Export(List<MembershipItem> memberships, List<PostItem> posts) {}

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupPostRepository posts;

    GroupPersonalData(ExpertGroupRepository groups, GroupMembershipRepository memberships, GroupPostRepository posts) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public Export export(DataSubject subject) {
        long me = subject.memberId();
        Map<Long, String> names =
                groups.findAll().stream().collect(Collectors.toMap(ExpertGroup::id, ExpertGroup::getName));
        Function<Long, String> name = id -> names.getOrDefault(id, "?");
        return new Export(
                memberships.findByMemberId(me).stream()
                        .map(m -> new MembershipItem(
                                name.apply(m.getGroupId()),
                                m.getRole(),
                                m.getStatus(),
                                m.getNotification(),
                                m.getCreatedAt() == null ? Instant.EPOCH : m.getCreatedAt()))
                        .toList(),
                posts.findByAuthorIdOrderByCreatedAtAscIdAsc(me).stream()
                        .map(p -> new PostItem(
                                name.apply(p.getGroupId()),
                                p.getTitle(),
                                p.getText(),
                                p.isReply(),
                                p.createdAt(),
                                p.getRemovedReason()))
                        .toList());
    }

    @Override
    public void erase(DataSubject subject) {
        memberships.deleteOf(subject.memberId());
        posts.deleteOf(subject.memberId());
    }
}
