package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates groups, memberships and posts without a signed-in user, for the demo data. No view or
 * endpoint may use it (checked by the architecture test); at run time groups go through
 * the group services, with their rules and rights.
 */
@Service
@Transactional
public class GroupProvisioning {

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupPostRepository posts;

    GroupProvisioning(ExpertGroupRepository groups, GroupMembershipRepository memberships, GroupPostRepository posts) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
    }

    /** @param members member ids with their role; all active */
    public long createGroup(GroupDraft draft, Map<Long, GroupRole> members) {
        String name = GroupRules.required(draft.name(), GroupRules.NAME_MAX, "name");
        if (groups.existsByNameIgnoreCase(name)) {
            throw new DomainException("group.name.taken", name);
        }
        ExpertGroup group = groups.save(new ExpertGroup(
                name,
                GroupRules.required(draft.shortDescription(), GroupRules.SHORT_DESCRIPTION_MAX, "shortDescription"),
                draft.description() == null ? "" : draft.description().strip(),
                draft.topicSlugs(),
                draft.joinPolicy(),
                draft.visibility()));
        members.forEach((memberId, role) ->
                memberships.save(new GroupMembership(group.id(), memberId, role, MembershipStatus.ACTIVE)));
        return group.id();
    }

    /** A post, or with {@code parentId} a reply, by a member of the group. */
    public long createPost(long groupId, long authorId, @Nullable Long parentId, @Nullable String title, String text) {
        GroupPost post = posts.save(new GroupPost(
                groupId, authorId, parentId, GroupRules.validPostTitle(title), GroupRules.validPostText(text)));
        return post.id();
    }

    public void pin(long postId) {
        posts.findById(postId).ifPresent(post -> post.setPinned(true));
    }
}
