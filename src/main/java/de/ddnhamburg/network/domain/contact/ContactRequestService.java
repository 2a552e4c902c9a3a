package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.domain.event.EventFollowUpService;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.domain.member.Relationship;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact requests from sending to the answer. Every method acts for the signed-in member and
 * checks per object that they may: only the recipient answers a request, only its sender withdraws
 * it, and a member who is not part of a request cannot learn it exists.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class ContactRequestService {

    private static final Duration LIMIT_WINDOW = Duration.ofDays(1);
    private final ContactRequestRepository requests;
    private final ContactRepository contacts;
    private final BlockRepository blocks;
    private final MemberProfileService profiles;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final CurrentUser currentUser;
    private final ContactProperties properties;
    private final PublicLinks links;
    private final Clock clock;
    private final EventFollowUpService followUps;

    ContactRequestService(
            ContactRequestRepository requests,
            ContactRepository contacts,
            BlockRepository blocks,
            MemberProfileService profiles,
            MemberLookup members,
            MailOutbox outbox,
            CurrentUser currentUser,
            ContactProperties properties,
            PublicLinks links,
            Clock clock,
            EventFollowUpService followUps) {
        this.followUps = followUps;
        this.requests = requests;
        this.contacts = contacts;
        this.blocks = blocks;
        this.profiles = profiles;
        this.members = members;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Asks another member for contact and mails them. Sending the same request twice (a double
     * click, a second tab) gives the first request back and mails once. When two submits race past
     * the checks, the database's unique open pair refuses the second insert; the loser is run again
     * and answers as for any repeated submit.
     */
    @RetryOnLostRace
    public ContactRequestItem send(long recipientId, FirstContactMessage input) {
        return send(recipientId, input, null);
    }

    /**
     * The same, from "Wen habe ich getroffen?": the request names the event where the two met, and
     * the contact it becomes remembers it ({@link ContactOrigins}). Only for someone the sender
     * would see on their list of that event ({@link EventFollowUpService#met}).
     */
    @RetryOnLostRace
    public ContactRequestItem send(long recipientId, FirstContactMessage input, @Nullable Long metAtEventId) {
        FirstContactMessage message = ContactRules.validate(input);
        if (metAtEventId != null && !followUps.met(metAtEventId, recipientId)) {
            throw new DomainException("contact.request.notMet");
        }
        long me = currentUser.requireMemberId();
        if (me == recipientId) {
            throw new DomainException("contact.request.self");
        }
        // Only who may see the profile may ask; also answers "not found" for unknown and hidden members.
        ProfileDetails recipient = profiles.viewProfile(recipientId, Locale.GERMAN);
        // One look-up decides both directions, so that a racing winner is seen consistently.
        Optional<ContactRequest> open = requests.findByOpenPair(ContactRequest.pairKey(me, recipientId));
        if (open.isPresent()) {
            if (open.get().getSenderId() == me) {
                return ContactRequestItem.forSender(open.get(), recipient.displayName(), recipient.initials());
            }
            throw new DomainException("contact.request.pendingFromThem");
        }
        var ignored = requests.findFirstBySenderIdAndRecipientIdAndStatusInOrderByIdDesc(
                me, recipientId, Set.of(ContactRequestStatus.IGNORED));
        if (ignored.isPresent()) {
            return ContactRequestItem.forSender(ignored.get(), recipient.displayName(), recipient.initials());
        }
        if (blocks.existsByBlockerIdAndBlockedId(me, recipientId)) {
            throw new DomainException("contact.request.blockedByYou");
        }
        if (blocks.existsByBlockerIdAndBlockedId(recipientId, me)) {
            throw new DomainException("contact.request.notPossible");
        }
        if (recipient.relationship() == Relationship.CONTACT) {
            throw new DomainException("contact.request.alreadyContacts");
        }
        int limit = properties.dailyRequestLimit();
        if (requests.countBySenderIdAndCreatedAtAfter(me, clock.instant().minus(LIMIT_WINDOW)) >= limit) {
            throw new DomainException("contact.request.dailyLimit", limit);
        }
        ContactRequest fresh = new ContactRequest(me, recipientId, message);
        if (metAtEventId != null) {
            fresh.metAt(metAtEventId);
        }
        ContactRequest request = requests.saveAndFlush(fresh);
        MemberIdentity sender = identity(me);
        MemberIdentity to = identity(recipientId);
        outbox.enqueue(MailRequest.of(
                "contact.request:" + request.id(),
                to.email(),
                to.language(),
                MailTemplate.CONTACT_REQUEST,
                to.displayName(),
                sender.displayName(),
                message.asText(),
                links.page(PublicLinks.CONTACTS)));
        return ContactRequestItem.forSender(request, to.displayName(), to.initials());
    }

    /** Makes the two contacts and tells the sender. Accepting twice changes nothing. */
    public void accept(long requestId) {
        ContactRequest request = loadAsRecipient(requestId);
        if (request.getStatus() == ContactRequestStatus.ACCEPTED) {
            return;
        }
        Instant now = clock.instant();
        request.answer(ContactRequestStatus.ACCEPTED, now);
        long me = request.getRecipientId();
        long sender = request.getSenderId();
        // A request the other way (one I ignored, say) has nothing left to wait for.
        requests.findBetween(me, sender, ContactRequestStatus.PENDING).stream()
                .filter(other -> !other.equals(request))
                .forEach(other -> other.supersede(now));
        if (!contacts.existsPair(me, sender)) {
            contacts.save(new Contact(me, sender, requestId));
        }
        MemberIdentity acceptor = identity(me);
        MemberIdentity to = identity(sender);
        outbox.enqueue(MailRequest.of(
                "contact.accepted:" + requestId,
                to.email(),
                to.language(),
                MailTemplate.CONTACT_ACCEPTED,
                to.displayName(),
                acceptor.displayName(),
                links.member(me)));
    }

    /** Says no; the sender may ask again later. No mail: a refusal needs no announcement. */
    public void decline(long requestId) {
        answer(requestId, ContactRequestStatus.DECLINED);
    }

    /** Puts the request aside without telling the sender; see {@link ContactRequestStatus#IGNORED}. */
    public void ignore(long requestId) {
        answer(requestId, ContactRequestStatus.IGNORED);
    }

    /** The sender takes an unanswered request back. Withdrawing twice changes nothing. */
    public void withdraw(long requestId) {
        long me = currentUser.requireMemberId();
        ContactRequest request =
                requests.findById(requestId).filter(found -> found.involves(me)).orElseThrow(NotFoundException::new);
        if (request.getSenderId() != me) {
            throw new AccessDeniedException("Only the sender withdraws a contact request");
        }
        if (request.getStatus() != ContactRequestStatus.WITHDRAWN) {
            request.withdraw(clock.instant());
        }
    }

    private void answer(long requestId, ContactRequestStatus answer) {
        ContactRequest request = loadAsRecipient(requestId);
        if (request.getStatus() != answer) {
            request.answer(answer, clock.instant());
        }
    }

    /** Not a member of the request: not found. Its sender: not allowed, since only the recipient answers. */
    private ContactRequest loadAsRecipient(long requestId) {
        long me = currentUser.requireMemberId();
        ContactRequest request =
                requests.findById(requestId).filter(found -> found.involves(me)).orElseThrow(NotFoundException::new);
        if (request.getRecipientId() != me) {
            throw new AccessDeniedException("Only the recipient answers a contact request");
        }
        return request;
    }

    private MemberIdentity identity(long memberId) {
        return members.find(memberId).orElseThrow(NotFoundException::new);
    }
}
