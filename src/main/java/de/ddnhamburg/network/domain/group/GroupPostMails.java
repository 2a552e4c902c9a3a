package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails about single posts, queued in the transaction that stores the post. A new top-level post
 * goes to the group's active members who chose {@link GroupNotification#EACH_POST}, never to its
 * author; a reply goes to the author of the post it answers, unless they chose
 * {@link GroupNotification#NONE}. Replies do not go to everybody: in a lively thread that would be
 * a mail per sentence. The fact keys name the post and the recipient, so a retried transaction
 * never mails twice.
 */
@Component
class GroupPostMails {

    /** How much of a post's text a mail quotes; the rest is on the group page. */
    static final int EXCERPT = 1_000;
    /** How much of a text stands in for a missing title in a subject or a list. */
    static final int HEADLINE = 80;

    private final GroupMembershipRepository memberships;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final PublicLinks links;

    GroupPostMails(GroupMembershipRepository memberships, MemberLookup members, MailOutbox outbox, PublicLinks links) {
        this.memberships = memberships;
        this.members = members;
        this.outbox = outbox;
        this.links = links;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void newPost(ExpertGroup group, GroupPost post, MemberIdentity author) {
        List<Long> recipients = memberships
                .findByGroupIdAndStatusAndNotification(group.id(), MembershipStatus.ACTIVE, GroupNotification.EACH_POST)
                .stream()
                .map(GroupMembership::getMemberId)
                .filter(id -> id != post.getAuthorId())
                .toList();
        for (MemberIdentity recipient : reachable(members.findAll(recipients))) {
            outbox.enqueue(MailRequest.of(
                    "group.post:" + post.id() + ":" + recipient.id(),
                    recipient.email(),
                    recipient.language(),
                    MailTemplate.GROUP_NEW_POST,
                    recipient.displayName(),
                    author.displayName(),
                    group.getName(),
                    headline(post),
                    excerpt(post.getText(), EXCERPT),
                    links.group(group.id())));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void newReply(ExpertGroup group, GroupPost parent, GroupPost reply, MemberIdentity author) {
        long recipientId = parent.getAuthorId();
        if (recipientId == reply.getAuthorId()) {
            return;
        }
        boolean wanted = memberships
                .findByGroupIdAndMemberId(group.id(), recipientId)
                .filter(GroupMembership::isActive)
                .filter(membership -> membership.getNotification() != GroupNotification.NONE)
                .isPresent();
        if (!wanted) {
            return;
        }
        members.find(recipientId)
                .filter(GroupPostMails::canBeMailed)
                .ifPresent(recipient -> outbox.enqueue(MailRequest.of(
                        "group.reply:" + reply.id() + ":" + recipient.id(),
                        recipient.email(),
                        recipient.language(),
                        MailTemplate.GROUP_POST_REPLY,
                        recipient.displayName(),
                        author.displayName(),
                        group.getName(),
                        headline(parent),
                        excerpt(reply.getText(), EXCERPT),
                        links.group(group.id()))));
    }

    private static List<MemberIdentity> reachable(Map<Long, MemberIdentity> identities) {
        return identities.values().stream().filter(GroupPostMails::canBeMailed).toList();
    }

    static boolean canBeMailed(MemberIdentity identity) {
        return identity.status() == MemberStatus.ACTIVE;
    }

    /** The title, or the beginning of the text for posts without one. */
    static String headline(GroupPost post) {
        @Nullable String title = post.getTitle();
        return title != null && !title.isBlank() ? title : excerpt(post.getText(), HEADLINE);
    }

    /** The text on one line if short enough, otherwise cut at a word with an ellipsis. */
    static String excerpt(String text, int max) {
        String flat = Objects.requireNonNull(text).strip();
        if (max <= HEADLINE) {
            flat = flat.replaceAll("\\s+", " ");
        }
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
