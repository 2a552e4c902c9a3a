package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's posts with one level of replies: its active members read and write them, authors edit
 * and delete their own, and the group's moderators pin and remove any (audited).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class GroupPostService {

    /** Top-level posts shown on a group page, newest first after the pinned ones. */
    private static final int POSTS_SHOWN = 50;

    private final GroupPostRepository posts;
    private final MemberLookup members;
    private final GroupPostMails postMails;
    private final AuditService audit;
    private final GroupAccess access;
    private final Clock clock;

    GroupPostService(
            GroupPostRepository posts,
            MemberLookup members,
            GroupPostMails postMails,
            AuditService audit,
            GroupAccess access,
            Clock clock) {
        this.posts = posts;
        this.members = members;
        this.postMails = postMails;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The posts of a group for its members (and admins): pinned first, then newest first, each with
     * its replies oldest first. Others get {@link AccessDeniedException}, or not found for a hidden group.
     */
    @Transactional(readOnly = true)
    public List<PostItem> posts(long groupId) {
        long me = access.me();
        access.visibleGroup(me, groupId);
        access.requireReader(me, groupId);
        List<GroupPost> top = posts.findTopLevel(groupId, PageRequest.of(0, POSTS_SHOWN));
        if (top.isEmpty()) {
            return List.of();
        }
        List<GroupPost> replies =
                posts.findReplies(top.stream().map(GroupPost::id).toList());
        List<GroupPost> everything = new ArrayList<>(top);
        everything.addAll(replies);
        Map<Long, MemberIdentity> authors = members.findAll(
                everything.stream().map(GroupPost::getAuthorId).distinct().toList());
        Map<Long, List<PostItem>> repliesByParent = replies.stream()
                .collect(Collectors.groupingBy(
                        reply -> Objects.requireNonNull(reply.getParentId()),
                        Collectors.mapping(reply -> postView(reply, authors, me, List.of()), Collectors.toList())));
        return top.stream()
                .map(post -> postView(post, authors, me, repliesByParent.getOrDefault(post.id(), List.of())))
                .toList();
    }

    private static PostItem postView(
            GroupPost post, Map<Long, MemberIdentity> authors, long me, List<PostItem> replies) {
        MemberIdentity author = authors.get(post.getAuthorId());
        boolean mine = post.getAuthorId() == me;
        boolean shown = !post.isRemoved() || mine;
        return new PostItem(
                post.id(),
                post.getAuthorId(),
                author == null ? "?" : author.displayName(),
                author == null ? "?" : author.initials(),
                shown ? post.getTitle() : null,
                shown ? post.getText() : null,
                post.createdAt(),
                post.getEditedAt(),
                post.isPinned(),
                post.isRemoved(),
                mine ? post.getRemovedReason() : null,
                mine,
                replies);
    }

    public long post(long groupId, @Nullable String title, String text) {
        long me = access.me();
        ExpertGroup group = access.visibleGroup(me, groupId);
        access.requireActiveMember(me, groupId);
        GroupAccess.requireWritable(group);
        GroupPost post = posts.save(
                new GroupPost(groupId, me, null, GroupRules.validPostTitle(title), GroupRules.validPostText(text)));
        postMails.newPost(group, post, access.member(me));
        return post.id();
    }

    /** Replies to a post; replies to replies are not possible (one level). */
    public long reply(long postId, String text) {
        long me = access.me();
        GroupPost parent = posts.findById(postId).orElseThrow(NotFoundException::new);
        ExpertGroup group = access.visibleGroup(me, parent.getGroupId());
        access.requireActiveMember(me, group.id());
        GroupAccess.requireWritable(group);
        if (parent.isReply()) {
            throw new DomainException("group.post.replyToReply");
        }
        if (parent.isRemoved()) {
            throw new DomainException("group.post.removed.error");
        }
        GroupPost reply = posts.save(new GroupPost(group.id(), me, parent.id(), null, GroupRules.validPostText(text)));
        postMails.newReply(group, parent, reply, access.member(me));
        return reply.id();
    }

    public void editPost(long postId, @Nullable String title, String text) {
        GroupPost post = ownPost(postId);
        if (post.isRemoved()) {
            throw new DomainException("group.post.removed.error");
        }
        post.edit(
                post.isReply() ? null : GroupRules.validPostTitle(title),
                GroupRules.validPostText(text),
                clock.instant());
    }

    /** Deletes my own post, with its replies. */
    public void deletePost(long postId) {
        posts.delete(ownPost(postId));
    }

    public void setPinned(long postId, boolean pinned) {
        GroupPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        ExpertGroup group = access.moderatedGroup(post.getGroupId());
        if (post.isReply() || post.isRemoved()) {
            throw new DomainException("group.post.notPinnable");
        }
        if (post.isPinned() != pinned) {
            post.setPinned(pinned);
            audit.record(
                    pinned ? AuditAction.GROUP_POST_PINNED : AuditAction.GROUP_POST_UNPINNED,
                    auditTarget(postId),
                    group.getName());
        }
    }

    /** Removes any post of a group I moderate; its author sees the reason. */
    public void removePost(long postId, String reason) {
        GroupPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        ExpertGroup group = access.moderatedGroup(post.getGroupId());
        String valid = GroupRules.reason(reason);
        if (!post.isRemoved()) {
            post.remove(valid, clock.instant());
            audit.record(
                    AuditAction.GROUP_POST_REMOVED,
                    auditTarget(postId),
                    group.getName() + " / member:" + post.getAuthorId() + " / " + valid);
        }
    }

    private GroupPost ownPost(long postId) {
        long me = access.me();
        GroupPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        access.visibleGroup(me, post.getGroupId());
        if (post.getAuthorId() != me) {
            throw new AccessDeniedException("Only the author changes a post");
        }
        return post;
    }

    private static String auditTarget(long postId) {
        return "group-post:" + postId;
    }
}
