package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.PhotoProcessor;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.domain.member.TopicView;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expert groups for the signed-in member. Every method checks per object what the caller may do:
 * a hidden group does not exist for whoever is not in it (nor invited), only its moderators (and
 * admins) moderate a group, and only authors edit and delete their posts. What a moderator or
 * admin does to someone else is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class GroupService {

    /** Top-level posts shown on a group page, newest first after the pinned ones. */
    static final int POSTS_SHOWN = 50;

    private static final int RACE_ATTEMPTS = 4;

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupPostRepository posts;
    private final GroupImageRepository images;
    private final MemberLookup members;
    private final MemberProfileService profiles;
    private final TopicService topics;
    private final AuditService audit;
    private final MailOutbox outbox;
    private final GroupLinks links;
    private final GroupPostMails postMails;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    GroupService(
            ExpertGroupRepository groups,
            GroupMembershipRepository memberships,
            GroupPostRepository posts,
            GroupImageRepository images,
            MemberLookup members,
            MemberProfileService profiles,
            TopicService topics,
            AuditService audit,
            MailOutbox outbox,
            GroupLinks links,
            GroupPostMails postMails,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.images = images;
        this.members = members;
        this.profiles = profiles;
        this.topics = topics;
        this.audit = audit;
        this.outbox = outbox;
        this.links = links;
        this.postMails = postMails;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    // ---------------------------------------------------------------- admins

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long create(GroupDraft draft, Set<Long> moderatorIds) {
        ValidDraft valid = validate(draft, null);
        ExpertGroup group = groups.saveAndFlush(new ExpertGroup(
                valid.name(),
                valid.shortDescription(),
                valid.description(),
                draft.topicSlugs(),
                draft.joinPolicy(),
                draft.visibility()));
        audit.record(AuditAction.GROUP_CREATED, target(group.id()), group.getName());
        for (long moderatorId : moderatorIds) {
            appoint(group, moderatorId);
        }
        return group.id();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void update(long groupId, long expectedVersion, GroupDraft draft) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (group.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Group " + groupId + " changed");
        }
        ValidDraft valid = validate(draft, groupId);
        group.apply(
                valid.name(),
                valid.shortDescription(),
                valid.description(),
                draft.topicSlugs(),
                draft.joinPolicy(),
                draft.visibility());
        groups.flush();
        audit.record(AuditAction.GROUP_UPDATED, target(groupId), group.getName());
    }

    /** Archived groups stay readable for their members and admins, but take no joins or posts. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void setArchived(long groupId, boolean archived) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (group.isArchived() != archived) {
            group.setArchived(archived);
            audit.record(
                    archived ? AuditAction.GROUP_ARCHIVED : AuditAction.GROUP_REACTIVATED,
                    target(groupId),
                    group.getName());
        }
    }

    /**
     * Replaces the group's image with the uploaded file, checked by content and re-encoded like a
     * member's photo ({@link PhotoProcessor}); a refused file leaves the old image in place.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void uploadImage(long groupId, byte[] upload) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        byte[] processed = PhotoProcessor.process(upload);
        images.findById(groupId)
                .ifPresentOrElse(
                        image -> image.replace(processed, clock.instant()),
                        () -> images.save(new GroupImage(groupId, processed, clock.instant())));
        audit.record(AuditAction.GROUP_UPDATED, target(groupId), group.getName() + " / image");
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void removeImage(long groupId) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (images.existsById(groupId)) {
            images.deleteById(groupId);
            audit.record(AuditAction.GROUP_UPDATED, target(groupId), group.getName() + " / image removed");
        }
    }

    /** The group's image (JPEG) for whoever may see the group; hidden groups answer as not found. */
    public Optional<byte[]> imageOf(long groupId) {
        visibleGroup(me(), groupId);
        return images.findById(groupId).map(GroupImage::content);
    }

    private record ValidDraft(String name, String shortDescription, String description) {}

    private ValidDraft validate(GroupDraft draft, @Nullable Long groupId) {
        String name = GroupRules.required(draft.name(), GroupRules.NAME_MAX, "name");
        String shortDescription =
                GroupRules.required(draft.shortDescription(), GroupRules.SHORT_DESCRIPTION_MAX, "shortDescription");
        String description =
                draft.description() == null ? "" : draft.description().strip();
        if (description.length() > GroupRules.DESCRIPTION_MAX) {
            throw new DomainException("group.validation.tooLong", "description", GroupRules.DESCRIPTION_MAX);
        }
        Set<String> known =
                topics.findAll(Locale.GERMAN).stream().map(TopicView::slug).collect(Collectors.toSet());
        for (String slug : draft.topicSlugs()) {
            if (!known.contains(slug)) {
                throw new DomainException("topic.unknown", slug);
            }
        }
        groups.findByNameIgnoreCase(name)
                .filter(other -> !Objects.equals(other.getId(), groupId))
                .ifPresent(other -> {
                    throw new DomainException("group.name.taken", name);
                });
        return new ValidDraft(name, shortDescription, description);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Listed groups and the hidden ones I am in (or invited to); admins see all. My groups first,
     * then by name. {@code search} matches the name or a topic's name or slug, ignoring case.
     * Archived groups appear only to their members and admins.
     */
    public List<GroupCard> list(@Nullable String search, Locale locale) {
        long me = me();
        boolean admin = isAdmin();
        Map<Long, GroupMembership> mine = memberships.findByMemberId(me).stream()
                .collect(Collectors.toMap(GroupMembership::getGroupId, Function.identity()));
        Map<Long, Long> counts = toMap(memberships.countByGroup(MembershipStatus.ACTIVE));
        Map<Long, Instant> latest = new HashMap<>();
        for (Object[] row : posts.latestByGroup()) {
            latest.put(((Number) row[0]).longValue(), (Instant) row[1]);
        }
        Map<String, TopicView> topicsBySlug = topicsBySlug(locale);
        String needle = search == null ? "" : search.strip().toLowerCase(locale);
        return groups.findAllByOrderByNameAsc().stream()
                .filter(group -> admin || mine.containsKey(group.id()) || (!group.isHidden() && !group.isArchived()))
                .map(group -> card(group, mine.get(group.id()), counts, latest, topicsBySlug))
                .filter(card -> needle.isEmpty() || matches(card, needle, locale))
                .sorted(Comparator.comparing((GroupCard card) -> !card.mine())
                        .thenComparing(card -> card.name().toLowerCase(locale)))
                .toList();
    }

    private static boolean matches(GroupCard card, String needle, Locale locale) {
        return card.name().toLowerCase(locale).contains(needle)
                || card.topics().stream()
                        .anyMatch(topic -> topic.name().toLowerCase(locale).contains(needle)
                                || topic.slug().contains(needle));
    }

    private static GroupCard card(
            ExpertGroup group,
            @Nullable GroupMembership membership,
            Map<Long, Long> counts,
            Map<Long, Instant> latest,
            Map<String, TopicView> topicsBySlug) {
        return new GroupCard(
                group.id(),
                group.getName(),
                group.getShortDescription(),
                topicViews(group, topicsBySlug),
                group.getJoinPolicy(),
                group.getVisibility(),
                group.isArchived(),
                counts.getOrDefault(group.id(), 0L),
                latest.get(group.id()),
                membership == null ? GroupStanding.NONE : membership.standing());
    }

    /**
     * The group page. Not in one transaction: whether I may open a member's profile is asked of
     * {@link MemberProfileService}, which answers "not found" by an exception that would spoil a
     * surrounding transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GroupPage page(long groupId, Locale locale) {
        long me = me();
        GroupPage page = Objects.requireNonNull(reading.execute(status -> pageData(me, groupId, locale)));
        Map<Long, Boolean> visible = new HashMap<>();
        Function<GroupMemberView, GroupMemberView> withLink = view -> new GroupMemberView(
                view.memberId(),
                view.displayName(),
                view.initials(),
                view.role(),
                view.status(),
                visible.computeIfAbsent(view.memberId(), this::mayOpenProfile));
        return new GroupPage(
                page.id(),
                page.version(),
                page.viewerId(),
                page.name(),
                page.shortDescription(),
                page.description(),
                page.topics(),
                page.joinPolicy(),
                page.visibility(),
                page.archived(),
                page.standing(),
                page.canModerate(),
                page.notification(),
                page.hasImage(),
                page.moderators().stream().map(withLink).toList(),
                page.members().stream().map(withLink).toList(),
                page.requests().stream().map(withLink).toList(),
                page.invitations().stream().map(withLink).toList());
    }

    private boolean mayOpenProfile(long memberId) {
        try {
            profiles.viewProfile(memberId, Locale.GERMAN);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private GroupPage pageData(long me, long groupId, Locale locale) {
        ExpertGroup group = visibleGroup(me, groupId);
        Optional<GroupMembership> mine = memberships.findByGroupIdAndMemberId(groupId, me);
        boolean moderates = moderates(me, groupId);
        List<GroupMembership> all = memberships.findByGroupId(groupId);
        Map<Long, MemberIdentity> names =
                members.findAll(all.stream().map(GroupMembership::getMemberId).toList());
        Function<MembershipStatus, List<GroupMemberView>> withStatus = status -> all.stream()
                .filter(membership -> membership.getStatus() == status)
                .flatMap(membership -> Stream.ofNullable(names.get(membership.getMemberId()))
                        .map(name -> memberView(membership, name)))
                .sorted(Comparator.comparing(GroupMemberView::displayName))
                .toList();
        List<GroupMemberView> active = withStatus.apply(MembershipStatus.ACTIVE);
        return new GroupPage(
                group.id(),
                group.getVersion(),
                me,
                group.getName(),
                group.getShortDescription(),
                group.getDescription(),
                topicViews(group, topicsBySlug(locale)),
                group.getJoinPolicy(),
                group.getVisibility(),
                group.isArchived(),
                mine.map(GroupMembership::standing).orElse(GroupStanding.NONE),
                moderates,
                mine.map(GroupMembership::getNotification).orElse(GroupNotification.DIGEST),
                images.existsById(groupId),
                active.stream()
                        .filter(view -> view.role() == GroupRole.MODERATOR)
                        .toList(),
                active,
                moderates ? withStatus.apply(MembershipStatus.REQUESTED) : List.of(),
                moderates ? withStatus.apply(MembershipStatus.INVITED) : List.of());
    }

    private static GroupMemberView memberView(GroupMembership membership, MemberIdentity identity) {
        return new GroupMemberView(
                identity.id(),
                identity.displayName(),
                identity.initials(),
                membership.getRole(),
                membership.getStatus(),
                false);
    }

    /**
     * The posts of a group for its members (and admins): pinned first, then newest first, each with
     * its replies oldest first. Others get {@link AccessDeniedException}, or not found for a hidden group.
     */
    public List<PostView> posts(long groupId) {
        long me = me();
        visibleGroup(me, groupId);
        requireReader(me, groupId);
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
        Map<Long, List<PostView>> repliesByParent = replies.stream()
                .collect(Collectors.groupingBy(
                        reply -> Objects.requireNonNull(reply.getParentId()),
                        Collectors.mapping(reply -> postView(reply, authors, me, List.of()), Collectors.toList())));
        return top.stream()
                .map(post -> postView(post, authors, me, repliesByParent.getOrDefault(post.id(), List.of())))
                .toList();
    }

    private static PostView postView(
            GroupPost post, Map<Long, MemberIdentity> authors, long me, List<PostView> replies) {
        MemberIdentity author = authors.get(post.getAuthorId());
        boolean mine = post.getAuthorId() == me;
        boolean shown = !post.isRemoved() || mine;
        return new PostView(
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

    // ---------------------------------------------------------------- membership

    /**
     * Joins an open group at once, asks to join one on request (and mails its moderators), or
     * accepts an invitation. Joining twice, also in two racing requests, gives one membership.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public GroupStanding join(long groupId) {
        long me = me();
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(writing.execute(status -> joinOnce(me, groupId)));
            } catch (DataIntegrityViolationException lostRace) {
                if (attempt == RACE_ATTEMPTS) {
                    throw lostRace;
                }
                pause(Duration.ofMillis(20L * attempt));
            }
        }
    }

    private GroupStanding joinOnce(long me, long groupId) {
        ExpertGroup group = openGroup(me, groupId);
        Optional<GroupMembership> existing = memberships.findByGroupIdAndMemberId(groupId, me);
        if (existing.isPresent()) {
            GroupMembership membership = existing.get();
            if (membership.getStatus() == MembershipStatus.INVITED) {
                membership.activate();
            }
            return membership.standing();
        }
        return switch (group.getJoinPolicy()) {
            case OPEN ->
                memberships
                        .saveAndFlush(new GroupMembership(groupId, me, GroupRole.MEMBER, MembershipStatus.ACTIVE))
                        .standing();
            case ON_REQUEST -> {
                GroupMembership request = memberships.saveAndFlush(
                        new GroupMembership(groupId, me, GroupRole.MEMBER, MembershipStatus.REQUESTED));
                mailModerators(group, me, request);
                yield request.standing();
            }
            case INVITE_ONLY -> throw new DomainException("group.join.inviteOnly");
        };
    }

    private void mailModerators(ExpertGroup group, long requesterId, GroupMembership request) {
        MemberIdentity requester = identity(requesterId);
        List<Long> moderatorIds =
                memberships
                        .findByGroupIdAndRoleAndStatus(group.id(), GroupRole.MODERATOR, MembershipStatus.ACTIVE)
                        .stream()
                        .map(GroupMembership::getMemberId)
                        .toList();
        for (MemberIdentity moderator : members.findAll(moderatorIds).values()) {
            outbox.enqueue(MailRequest.of(
                    "group.joinRequest:" + request.getId() + ":" + request.getCreatedAt() + ":" + moderator.id(),
                    moderator.email(),
                    moderator.language(),
                    MailTemplate.GROUP_JOIN_REQUEST,
                    moderator.displayName(),
                    requester.displayName(),
                    group.getName(),
                    links.group(group.id())));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while joining a group", e);
        }
    }

    /** How I hear of new posts in a group I am an active member of. */
    @Transactional
    public void setNotification(long groupId, GroupNotification notification) {
        long me = me();
        visibleGroup(me, groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, me)
                .filter(GroupMembership::isActive)
                .orElseThrow(() -> new AccessDeniedException("Only the group's members choose notifications"))
                .setNotification(notification);
    }

    /** Takes back my request to join. Withdrawing twice changes nothing. */
    @Transactional
    public void withdrawRequest(long groupId) {
        long me = me();
        visibleGroup(me, groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, me)
                .filter(membership -> membership.getStatus() == MembershipStatus.REQUESTED)
                .ifPresent(memberships::delete);
    }

    /** Declines an invitation; the moderators may invite again. */
    @Transactional
    public void declineInvitation(long groupId) {
        long me = me();
        visibleGroup(me, groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, me)
                .filter(membership -> membership.getStatus() == MembershipStatus.INVITED)
                .ifPresent(memberships::delete);
    }

    /** Leaves a group. The last moderator must appoint another first. */
    @Transactional
    public void leave(long groupId) {
        long me = me();
        visibleGroup(me, groupId);
        Optional<GroupMembership> mine = memberships.findByGroupIdAndMemberId(groupId, me);
        if (mine.isEmpty()) {
            return;
        }
        requireNotLastModerator(mine.get());
        memberships.delete(mine.get());
    }

    private void requireNotLastModerator(GroupMembership membership) {
        if (membership.isActiveModerator()
                && memberships.countByGroupIdAndRoleAndStatus(
                                membership.getGroupId(), GroupRole.MODERATOR, MembershipStatus.ACTIVE)
                        <= 1) {
            throw new DomainException("group.leave.lastModerator");
        }
    }

    // ---------------------------------------------------------------- moderators

    @Transactional
    public void approve(long groupId, long memberId) {
        ExpertGroup group = moderated(groupId);
        GroupMembership request = memberships
                .findByGroupIdAndMemberId(groupId, memberId)
                .filter(membership -> membership.getStatus() != MembershipStatus.INVITED)
                .orElseThrow(NotFoundException::new);
        if (request.getStatus() == MembershipStatus.REQUESTED) {
            request.activate();
            audit.record(AuditAction.GROUP_MEMBER_APPROVED, target(groupId), memberDetail(memberId, group));
        }
    }

    @Transactional
    public void decline(long groupId, long memberId) {
        ExpertGroup group = moderated(groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, memberId)
                .filter(membership -> membership.getStatus() == MembershipStatus.REQUESTED)
                .ifPresent(request -> {
                    memberships.delete(request);
                    audit.record(AuditAction.GROUP_MEMBER_DECLINED, target(groupId), memberDetail(memberId, group));
                });
    }

    /** Invites a member; inviting someone who already asked lets them in at once. */
    @Transactional
    public void invite(long groupId, long memberId) {
        ExpertGroup group = moderated(groupId);
        requireWritable(group);
        identity(memberId);
        Optional<GroupMembership> existing = memberships.findByGroupIdAndMemberId(groupId, memberId);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == MembershipStatus.REQUESTED) {
                existing.get().activate();
                audit.record(AuditAction.GROUP_MEMBER_APPROVED, target(groupId), memberDetail(memberId, group));
            }
            return;
        }
        memberships.save(new GroupMembership(groupId, memberId, GroupRole.MEMBER, MembershipStatus.INVITED));
        audit.record(AuditAction.GROUP_MEMBER_INVITED, target(groupId), memberDetail(memberId, group));
    }

    /** Removes a member (or withdraws an invitation). Leaving oneself is {@link #leave}. */
    @Transactional
    public void removeMember(long groupId, long memberId) {
        ExpertGroup group = moderated(groupId);
        if (memberId == me()) {
            throw new DomainException("group.remove.self");
        }
        Optional<GroupMembership> membership = memberships.findByGroupIdAndMemberId(groupId, memberId);
        if (membership.isEmpty()) {
            return;
        }
        requireNotLastModerator(membership.get());
        memberships.delete(membership.get());
        audit.record(AuditAction.GROUP_MEMBER_REMOVED, target(groupId), memberDetail(memberId, group));
    }

    /** Makes an active member (or, for admins, any member) a moderator. */
    @Transactional
    public void appointModerator(long groupId, long memberId) {
        ExpertGroup group = moderated(groupId);
        Optional<GroupMembership> membership = memberships.findByGroupIdAndMemberId(groupId, memberId);
        if (membership.isPresent() && membership.get().isActiveModerator()) {
            return;
        }
        if (!isAdmin() && (membership.isEmpty() || !membership.get().isActive())) {
            throw new DomainException("group.appoint.notMember");
        }
        appoint(group, memberId);
    }

    private void appoint(ExpertGroup group, long memberId) {
        identity(memberId);
        memberships
                .findByGroupIdAndMemberId(group.id(), memberId)
                .ifPresentOrElse(
                        GroupMembership::makeModerator,
                        () -> memberships.save(new GroupMembership(
                                group.id(), memberId, GroupRole.MODERATOR, MembershipStatus.ACTIVE)));
        audit.record(AuditAction.GROUP_MODERATOR_APPOINTED, target(group.id()), memberDetail(memberId, group));
    }

    // ---------------------------------------------------------------- posts

    @Transactional
    public long post(long groupId, @Nullable String title, String text) {
        long me = me();
        ExpertGroup group = visibleGroup(me, groupId);
        requireActiveMember(me, groupId);
        requireWritable(group);
        GroupPost post = posts.save(
                new GroupPost(groupId, me, null, GroupRules.validPostTitle(title), GroupRules.validPostText(text)));
        postMails.newPost(group, post, identity(me));
        return post.id();
    }

    /** Replies to a post; replies to replies are not possible (one level). */
    @Transactional
    public long reply(long postId, String text) {
        long me = me();
        GroupPost parent = posts.findById(postId).orElseThrow(NotFoundException::new);
        ExpertGroup group = visibleGroup(me, parent.getGroupId());
        requireActiveMember(me, group.id());
        requireWritable(group);
        if (parent.isReply()) {
            throw new DomainException("group.post.replyToReply");
        }
        if (parent.isRemoved()) {
            throw new DomainException("group.post.removed.error");
        }
        GroupPost reply = posts.save(new GroupPost(group.id(), me, parent.id(), null, GroupRules.validPostText(text)));
        postMails.newReply(group, parent, reply, identity(me));
        return reply.id();
    }

    @Transactional
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
    @Transactional
    public void deletePost(long postId) {
        posts.delete(ownPost(postId));
    }

    @Transactional
    public void setPinned(long postId, boolean pinned) {
        GroupPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        ExpertGroup group = moderated(post.getGroupId());
        if (post.isReply() || post.isRemoved()) {
            throw new DomainException("group.post.notPinnable");
        }
        if (post.isPinned() != pinned) {
            post.setPinned(pinned);
            audit.record(
                    pinned ? AuditAction.GROUP_POST_PINNED : AuditAction.GROUP_POST_UNPINNED,
                    "group-post:" + postId,
                    group.getName());
        }
    }

    /** Removes any post of a group I moderate; its author sees the reason. */
    @Transactional
    public void removePost(long postId, String reason) {
        GroupPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        ExpertGroup group = moderated(post.getGroupId());
        String valid = GroupRules.reason(reason);
        if (!post.isRemoved()) {
            post.remove(valid, clock.instant());
            audit.record(
                    AuditAction.GROUP_POST_REMOVED,
                    "group-post:" + postId,
                    group.getName() + " / member:" + post.getAuthorId() + " / " + valid);
        }
    }

    private GroupPost ownPost(long postId) {
        long me = me();
        GroupPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        visibleGroup(me, post.getGroupId());
        if (post.getAuthorId() != me) {
            throw new AccessDeniedException("Only the author changes a post");
        }
        return post;
    }

    // ---------------------------------------------------------------- checks

    /** A hidden group is found only by its members, invited members and admins. */
    private ExpertGroup visibleGroup(long me, long groupId) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (group.isHidden()
                && !isAdmin()
                && memberships
                        .findByGroupIdAndMemberId(groupId, me)
                        .filter(membership -> membership.getStatus() != MembershipStatus.REQUESTED)
                        .isEmpty()) {
            throw new NotFoundException();
        }
        return group;
    }

    private ExpertGroup openGroup(long me, long groupId) {
        ExpertGroup group = visibleGroup(me, groupId);
        requireWritable(group);
        return group;
    }

    private static void requireWritable(ExpertGroup group) {
        if (group.isArchived()) {
            throw new DomainException("group.archived");
        }
    }

    private ExpertGroup moderated(long groupId) {
        long me = me();
        ExpertGroup group = visibleGroup(me, groupId);
        if (!moderates(me, groupId)) {
            throw new AccessDeniedException("Only the group's moderators do this");
        }
        return group;
    }

    private boolean moderates(long me, long groupId) {
        return isAdmin()
                || memberships
                        .findByGroupIdAndMemberId(groupId, me)
                        .filter(GroupMembership::isActiveModerator)
                        .isPresent();
    }

    private void requireActiveMember(long me, long groupId) {
        if (memberships.countByGroupIdAndMemberIdAndStatus(groupId, me, MembershipStatus.ACTIVE) == 0) {
            throw new AccessDeniedException("Only the group's members post");
        }
    }

    /** Members read a group's posts; admins too, so that they can moderate any group. */
    private void requireReader(long me, long groupId) {
        if (!isAdmin()) {
            requireActiveMember(me, groupId);
        }
    }

    private boolean isAdmin() {
        return currentUser.isAdmin();
    }

    private Map<String, TopicView> topicsBySlug(Locale locale) {
        return topics.findAll(locale).stream().collect(Collectors.toMap(TopicView::slug, Function.identity()));
    }

    private static List<TopicView> topicViews(ExpertGroup group, Map<String, TopicView> topicsBySlug) {
        return group.getTopicSlugs().stream()
                .map(topicsBySlug::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(TopicView::name))
                .toList();
    }

    private static Map<Long, Long> toMap(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            map.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return map;
    }

    private MemberIdentity identity(long memberId) {
        return members.find(memberId).orElseThrow(NotFoundException::new);
    }

    private static String target(long groupId) {
        return "group:" + groupId;
    }

    private static String memberDetail(long memberId, ExpertGroup group) {
        return "member:" + memberId + " / " + group.getName();
    }

    private long me() {
        return currentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member is signed in"));
    }
}
