package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What members see of groups: the list, a group's page with its members, and its image. A hidden
 * group does not exist for whoever is not in it (nor invited); admins see every group.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class GroupReadService {

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupPostRepository posts;
    private final GroupImageRepository images;
    private final MemberLookup members;
    private final MemberProfileService profiles;
    private final TopicService topics;
    private final GroupAccess access;
    private final TransactionTemplate reading;

    GroupReadService(
            ExpertGroupRepository groups,
            GroupMembershipRepository memberships,
            GroupPostRepository posts,
            GroupImageRepository images,
            MemberLookup members,
            MemberProfileService profiles,
            TopicService topics,
            GroupAccess access,
            PlatformTransactionManager transactionManager) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.images = images;
        this.members = members;
        this.profiles = profiles;
        this.topics = topics;
        this.access = access;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /**
     * Listed groups and the hidden ones I am in (or invited to); admins see all. My groups first,
     * then by name. {@code search} matches the name or a topic's name or slug, ignoring case.
     * Archived groups appear only to their members and admins.
     */
    public List<GroupCard> list(@Nullable String search, Locale locale) {
        long me = access.me();
        boolean admin = access.isAdmin();
        Map<Long, GroupMembership> mine = memberships.findByMemberId(me).stream()
                .collect(Collectors.toMap(GroupMembership::getGroupId, Function.identity()));
        Map<Long, Long> counts = toMap(memberships.countByGroup(MembershipStatus.ACTIVE));
        Map<Long, Instant> latest = new HashMap<>();
        for (Object[] row : posts.latestByGroup()) {
            latest.put(((Number) row[0]).longValue(), (Instant) row[1]);
        }
        Map<String, TopicItem> topicsBySlug = topicsBySlug(locale);
        String needle = search == null ? "" : search.strip().toLowerCase(locale);
        return groups.findAllByOrderByNameAsc().stream()
                .filter(group -> group.isVisibleTo(mine.get(group.id()), admin))
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
            Map<String, TopicItem> topicsBySlug) {
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
        long me = access.me();
        GroupPage page = Objects.requireNonNull(reading.execute(status -> pageData(me, groupId, locale)));
        Map<Long, Boolean> visible = new HashMap<>();
        Function<GroupMemberItem, GroupMemberItem> withLink = view -> new GroupMemberItem(
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
        ExpertGroup group = access.visibleGroup(me, groupId);
        Optional<GroupMembership> mine = memberships.findByGroupIdAndMemberId(groupId, me);
        boolean moderates = access.moderates(me, groupId);
        List<GroupMembership> all = memberships.findByGroupId(groupId);
        Map<Long, MemberIdentity> names =
                members.findAll(all.stream().map(GroupMembership::getMemberId).toList());
        Function<MembershipStatus, List<GroupMemberItem>> withStatus = status -> all.stream()
                .filter(membership -> membership.getStatus() == status)
                .flatMap(membership -> Stream.ofNullable(names.get(membership.getMemberId()))
                        .map(name -> memberView(membership, name)))
                .sorted(Comparator.comparing(GroupMemberItem::displayName))
                .toList();
        List<GroupMemberItem> active = withStatus.apply(MembershipStatus.ACTIVE);
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

    private static GroupMemberItem memberView(GroupMembership membership, MemberIdentity identity) {
        return new GroupMemberItem(
                identity.id(),
                identity.displayName(),
                identity.initials(),
                membership.getRole(),
                membership.getStatus(),
                false);
    }

    /** The group's image (JPEG) for whoever may see the group; hidden groups answer as not found. */
    public Optional<byte[]> imageOf(long groupId) {
        access.visibleGroup(access.me(), groupId);
        return images.findById(groupId).map(GroupImage::content);
    }

    private Map<String, TopicItem> topicsBySlug(Locale locale) {
        return topics.findAll(locale).stream().collect(Collectors.toMap(TopicItem::slug, Function.identity()));
    }

    private static List<TopicItem> topicViews(ExpertGroup group, Map<String, TopicItem> topicsBySlug) {
        return group.getTopicSlugs().stream()
                .map(topicsBySlug::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(TopicItem::name))
                .toList();
    }

    private static Map<Long, Long> toMap(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            map.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return map;
    }
}
