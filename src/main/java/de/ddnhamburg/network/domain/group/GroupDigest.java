package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: every active member who chose {@link GroupNotification#DIGEST} in a group gets
 * one mail with the top-level posts of the past seven days in all such groups, except their own.
 * Members whose groups had nothing new get no mail. The fact key holds the member and the ISO week
 * (in Hamburg's time), so a second run in the same week, on this node or another, queues nothing.
 *
 * <p>The schedule ({@code app.groups.digest.cron}, Hamburg's time) runs on one node at a time
 * (ShedLock, like {@code OutboxSender}); tests call {@link #sendWeeklyDigests()} with their clock.
 * Each member's mail is queued in its own transaction, so one bad address does not stop the others.
 */
@Component
public class GroupDigest {

    static final Duration PERIOD = Duration.ofDays(7);
    /** Posts listed per group; the rest are counted, and the link leads to them. */
    static final int POSTS_PER_GROUP = 10;
    /** Keeps a digest well below the outbox's limit of a mail body. */
    static final int MAX_SUMMARY = 12_000;

    private static final Logger LOG = LoggerFactory.getLogger(GroupDigest.class);

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupPostRepository posts;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    GroupDigest(
            ExpertGroupRepository groups,
            GroupMembershipRepository memberships,
            GroupPostRepository posts,
            MemberLookup members,
            MailOutbox outbox,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.members = members;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${app.groups.digest.cron}", zone = "Europe/Berlin") // ClockConfig.DISPLAY_ZONE
    @SchedulerLock(name = "group-digest", lockAtMostFor = "PT1H")
    public void sendOnSchedule() {
        int queued = sendWeeklyDigests();
        LOG.info("Queued {} weekly group digests", queued);
    }

    /**
     * Queues the digests of the seven days before now.
     *
     * @return how many mails were queued now (not those queued earlier this week)
     */
    public int sendWeeklyDigests() {
        Instant now = clock.instant();
        String week = isoWeek(now);
        List<Digest> digests = Objects.requireNonNull(reading.execute(status -> collect(now.minus(PERIOD), now)));
        int queued = 0;
        for (Digest digest : digests) {
            try {
                if (Boolean.TRUE.equals(writing.execute(status -> outbox.enqueue(MailRequest.of(
                        "group.digest:" + digest.recipient().id() + ":" + week,
                        digest.recipient().email(),
                        digest.recipient().language(),
                        MailTemplate.GROUP_DIGEST,
                        digest.recipient().displayName(),
                        digest.summary(),
                        links.page(PublicLinks.GROUPS)))))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                LOG.error(
                        "Could not queue the group digest for member {}",
                        digest.recipient().id(),
                        e);
            }
        }
        return queued;
    }

    /** Like {@code 2026-W48}, the week of the given instant in Hamburg. */
    static String isoWeek(Instant instant) {
        ZonedDateTime local = instant.atZone(ClockConfig.DISPLAY_ZONE);
        return "%d-W%02d".formatted(local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private record Digest(MemberIdentity recipient, String summary) {}

    private List<Digest> collect(Instant from, Instant to) {
        Map<Long, List<GroupPost>> byGroup = posts.findNewTopLevel(from, to).stream()
                .collect(Collectors.groupingBy(GroupPost::getGroupId, LinkedHashMap::new, Collectors.toList()));
        if (byGroup.isEmpty()) {
            return List.of();
        }
        Map<Long, ExpertGroup> groupsById = groups.findAllById(byGroup.keySet()).stream()
                .collect(Collectors.toMap(ExpertGroup::id, Function.identity()));
        // By member, their digest groups in name order.
        Map<Long, List<Long>> groupsOfMember = new TreeMap<>();
        memberships
                .findByGroupIdInAndStatusAndNotification(
                        byGroup.keySet(), MembershipStatus.ACTIVE, GroupNotification.DIGEST)
                .forEach(membership -> groupsOfMember
                        .computeIfAbsent(membership.getMemberId(), id -> new ArrayList<>())
                        .add(membership.getGroupId()));
        Map<Long, MemberIdentity> people = members.findAll(union(
                groupsOfMember.keySet(),
                byGroup.values().stream()
                        .flatMap(List::stream)
                        .map(GroupPost::getAuthorId)
                        .collect(Collectors.toSet())));
        List<Digest> digests = new ArrayList<>();
        groupsOfMember.forEach((memberId, groupIds) -> {
            MemberIdentity recipient = people.get(memberId);
            if (recipient == null || !GroupPostMails.canBeMailed(recipient)) {
                return;
            }
            String summary = summary(
                    memberId,
                    groupIds.stream()
                            .map(groupsById::get)
                            .filter(Objects::nonNull)
                            .sorted(java.util.Comparator.comparing(ExpertGroup::getName))
                            .toList(),
                    byGroup,
                    people);
            if (!summary.isEmpty()) {
                digests.add(new Digest(recipient, summary));
            }
        });
        return digests;
    }

    /** Language-neutral lines: group name, link, and per post its headline and author. Empty if nothing is new for this member. */
    private String summary(
            long memberId,
            List<ExpertGroup> digestGroups,
            Map<Long, List<GroupPost>> byGroup,
            Map<Long, MemberIdentity> people) {
        StringBuilder text = new StringBuilder();
        for (ExpertGroup group : digestGroups) {
            List<GroupPost> others = byGroup.getOrDefault(group.id(), List.of()).stream()
                    .filter(post -> post.getAuthorId() != memberId)
                    .toList();
            if (others.isEmpty()) {
                continue;
            }
            StringBuilder part = new StringBuilder();
            part.append(group.getName())
                    .append('\n')
                    .append(links.group(group.id()))
                    .append('\n');
            others.stream().limit(POSTS_PER_GROUP).forEach(post -> {
                MemberIdentity author = people.get(post.getAuthorId());
                part.append("  – ")
                        .append(GroupPostMails.headline(post))
                        .append(" (")
                        .append(author == null ? "?" : author.displayName())
                        .append(")\n");
            });
            if (others.size() > POSTS_PER_GROUP) {
                part.append("  … (+").append(others.size() - POSTS_PER_GROUP).append(")\n");
            }
            if (text.length() + part.length() > MAX_SUMMARY) {
                text.append("…\n");
                break;
            }
            text.append(part).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static Set<Long> union(Collection<Long> first, Collection<Long> second) {
        Set<Long> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
