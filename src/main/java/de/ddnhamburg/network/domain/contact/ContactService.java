package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileView;
import de.ddnhamburg.network.domain.member.Relationship;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contact requests between members, the contacts they lead to, and blocks. Every method acts for
 * the signed-in member and checks per object that they may: only the recipient answers a request,
 * only its sender withdraws it, and a member who is not part of a request cannot learn it exists.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class ContactService {

    /** Waiting for an answer as the sender sees it; see {@link ContactRequestStatus#IGNORED}. */
    private static final Set<ContactRequestStatus> PENDING =
            Set.of(ContactRequestStatus.OPEN, ContactRequestStatus.IGNORED);

    private static final Duration LIMIT_WINDOW = Duration.ofDays(1);
    private static final int RACE_ATTEMPTS = 4;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");
    /** The routes of ui.RoutePaths, which the domain cannot import. */
    private static final String CONTACTS_PATH = "kontakte";

    private static final String PROFILE_PATH = "mitglieder/";

    private final ContactRequestRepository requests;
    private final ContactRepository contacts;
    private final BlockRepository blocks;
    private final MemberProfileService profiles;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final CurrentUser currentUser;
    private final ContactPolicy policy;
    private final Clock clock;
    private final TransactionTemplate writing;

    ContactService(
            ContactRequestRepository requests,
            ContactRepository contacts,
            BlockRepository blocks,
            MemberProfileService profiles,
            MemberLookup members,
            MailOutbox outbox,
            CurrentUser currentUser,
            ContactPolicy policy,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.requests = requests;
        this.contacts = contacts;
        this.blocks = blocks;
        this.profiles = profiles;
        this.members = members;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactionManager);
    }

    /**
     * Asks another member for contact and mails them. Sending the same request twice (a double
     * click, a second tab) gives the first request back and mails once.
     *
     * <p>Not in one transaction: when two submits race past the checks, the database's unique open
     * pair refuses the second insert and that transaction is lost. The checks then run again in a new
     * one, which sees the winner and answers as for any repeated submit. PostgreSQL lets the loser
     * wait until the winner has committed; H2 refuses it at once, so the winner may not be visible
     * yet, hence a few short tries.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ContactRequestView send(long recipientId, FirstContactMessage message) {
        FirstContactMessage valid = ContactRules.validate(message);
        long me = me();
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(writing.execute(status -> sendOnce(me, recipientId, valid)));
            } catch (DataIntegrityViolationException lostRace) {
                if (attempt == RACE_ATTEMPTS) {
                    throw lostRace;
                }
                pause(Duration.ofMillis(20L * attempt));
            }
        }
    }

    private ContactRequestView sendOnce(long me, long recipientId, FirstContactMessage message) {
        if (me == recipientId) {
            throw new DomainException("contact.request.self");
        }
        // Only who may see the profile may ask; also answers "not found" for unknown and hidden members.
        ProfileView recipient = profiles.viewProfile(recipientId, Locale.GERMAN);
        // One look-up decides both directions, so that a racing winner is seen consistently.
        Optional<ContactRequest> open = requests.findByOpenPair(ContactRequest.pairKey(me, recipientId));
        if (open.isPresent()) {
            if (open.get().getSenderId() == me) {
                return viewForSender(open.get(), recipient.displayName(), recipient.initials());
            }
            throw new DomainException("contact.request.pendingFromThem");
        }
        var ignored = requests.findFirstBySenderIdAndRecipientIdAndStatusInOrderByIdDesc(
                me, recipientId, Set.of(ContactRequestStatus.IGNORED));
        if (ignored.isPresent()) {
            return viewForSender(ignored.get(), recipient.displayName(), recipient.initials());
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
        int limit = policy.dailyRequestLimit();
        if (requests.countBySenderIdAndCreatedAtAfter(me, clock.instant().minus(LIMIT_WINDOW)) >= limit) {
            throw new DomainException("contact.request.dailyLimit", limit);
        }
        ContactRequest request = requests.saveAndFlush(new ContactRequest(me, recipientId, message));
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
                policy.link(CONTACTS_PATH)));
        return viewForSender(request, to.displayName(), to.initials());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending a contact request", e);
        }
    }

    /** Makes the two contacts and tells the sender. Accepting twice changes nothing. */
    @Transactional
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
        requests.findBetween(me, sender, PENDING).stream()
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
                policy.link(PROFILE_PATH + me)));
    }

    /** Says no; the sender may ask again later. No mail: a refusal needs no announcement. */
    @Transactional
    public void decline(long requestId) {
        answer(requestId, ContactRequestStatus.DECLINED);
    }

    /** Puts the request aside without telling the sender; see {@link ContactRequestStatus#IGNORED}. */
    @Transactional
    public void ignore(long requestId) {
        answer(requestId, ContactRequestStatus.IGNORED);
    }

    /** The sender takes an unanswered request back. Withdrawing twice changes nothing. */
    @Transactional
    public void withdraw(long requestId) {
        long me = me();
        ContactRequest request =
                requests.findById(requestId).filter(found -> found.involves(me)).orElseThrow(NotFoundException::new);
        if (request.getSenderId() != me) {
            throw new AccessDeniedException("Only the sender withdraws a contact request");
        }
        if (request.getStatus() != ContactRequestStatus.WITHDRAWN) {
            request.withdraw(clock.instant());
        }
    }

    public List<ContactRequestView> openRequestsForMe(Pageable pageable) {
        List<ContactRequest> found =
                requests.findByRecipientIdAndStatus(me(), ContactRequestStatus.OPEN, newestFirst(pageable));
        Map<Long, MemberIdentity> senders =
                members.findAll(found.stream().map(ContactRequest::getSenderId).toList());
        return found.stream()
                .flatMap(request -> Stream.ofNullable(senders.get(request.getSenderId()))
                        .map(sender -> new ContactRequestView(
                                request.id(),
                                sender.id(),
                                sender.displayName(),
                                sender.initials(),
                                request.message(),
                                request.getStatus(),
                                request.sentAt())))
                .toList();
    }

    public long countOpenRequestsForMe() {
        return requests.countByRecipientIdAndStatus(me(), ContactRequestStatus.OPEN);
    }

    /** My requests that wait for an answer, as I may know it. */
    public List<ContactRequestView> mySentRequests(Pageable pageable) {
        List<ContactRequest> found = requests.findBySenderIdAndStatusIn(me(), PENDING, newestFirst(pageable));
        Map<Long, MemberIdentity> recipients = members.findAll(
                found.stream().map(ContactRequest::getRecipientId).toList());
        return found.stream()
                .flatMap(request -> Stream.ofNullable(recipients.get(request.getRecipientId()))
                        .map(recipient -> viewForSender(request, recipient.displayName(), recipient.initials())))
                .toList();
    }

    public long countMySentRequests() {
        return requests.countBySenderIdAndStatusIn(me(), PENDING);
    }

    /** Newest contacts first, each with what they share with contacts. */
    public List<ContactEntry> myContacts(Pageable pageable, Locale locale) {
        long me = me();
        return contacts.findOf(me, newestFirst(pageable)).stream()
                .map(contact -> new ContactEntry(profileOf(contact.otherThan(me), locale), contact.since()))
                .toList();
    }

    public long countMyContacts() {
        return contacts.countOf(me());
    }

    /** Whether two members are contacts; a member may ask this only about their own contacts. */
    public boolean areContacts(long memberId, long otherMemberId) {
        long me = me();
        if (me != memberId && me != otherMemberId) {
            throw new AccessDeniedException("Members see only their own contacts");
        }
        return memberId != otherMemberId && contacts.existsPair(memberId, otherMemberId);
    }

    /** What a profile page offers: send, withdraw, answer, or nothing. */
    public ContactState stateWith(long memberId) {
        long me = me();
        if (me == memberId) {
            return ContactState.of(ContactStatus.SELF);
        }
        if (blocks.existsByBlockerIdAndBlockedId(me, memberId)) {
            return ContactState.of(ContactStatus.BLOCKED_BY_ME);
        }
        if (contacts.existsPair(me, memberId)) {
            return ContactState.of(ContactStatus.CONTACTS);
        }
        if (blocks.existsByBlockerIdAndBlockedId(memberId, me)) {
            return ContactState.of(ContactStatus.UNAVAILABLE);
        }
        var mine = requests.findFirstBySenderIdAndRecipientIdAndStatusInOrderByIdDesc(me, memberId, PENDING);
        if (mine.isPresent()) {
            return new ContactState(ContactStatus.REQUEST_SENT, mine.get().id());
        }
        return requests.findByOpenPair(ContactRequest.pairKey(me, memberId))
                .map(theirs -> new ContactState(ContactStatus.REQUEST_RECEIVED, theirs.id()))
                .orElse(ContactState.of(ContactStatus.NONE));
    }

    /**
     * Stops requests either way. An existing contact ends, my waiting request to them is withdrawn,
     * and theirs to me is ignored, so they are not told. Blocking twice changes nothing.
     */
    @Transactional
    public void block(long memberId) {
        long me = me();
        if (me == memberId) {
            throw new DomainException("contact.block.self");
        }
        if (!knowsOf(me, memberId)) {
            throw new NotFoundException();
        }
        if (blocks.existsByBlockerIdAndBlockedId(me, memberId)) {
            return;
        }
        blocks.save(new Block(me, memberId));
        contacts.findPair(me, memberId).ifPresent(contacts::delete);
        Instant now = clock.instant();
        for (ContactRequest request : requests.findBetween(me, memberId, PENDING)) {
            if (request.getSenderId() == me) {
                request.withdraw(now);
            } else if (request.getStatus() == ContactRequestStatus.OPEN) {
                request.answer(ContactRequestStatus.IGNORED, now);
            }
        }
    }

    /** Allows requests again; a contact ended by the block does not come back by itself. */
    @Transactional
    public void unblock(long memberId) {
        blocks.findByBlockerIdAndBlockedId(me(), memberId).ifPresent(blocks::delete);
    }

    public List<BlockedMember> myBlocks(Pageable pageable) {
        List<Block> found = blocks.findByBlockerId(me(), newestFirst(pageable));
        Map<Long, MemberIdentity> blocked =
                members.findAll(found.stream().map(Block::getBlockedId).toList());
        return found.stream()
                .flatMap(block -> Stream.ofNullable(blocked.get(block.getBlockedId()))
                        .map(member ->
                                new BlockedMember(member.id(), member.displayName(), member.initials(), block.since())))
                .toList();
    }

    public long countMyBlocks() {
        return blocks.countByBlockerId(me());
    }

    private void answer(long requestId, ContactRequestStatus answer) {
        ContactRequest request = loadAsRecipient(requestId);
        if (request.getStatus() != answer) {
            request.answer(answer, clock.instant());
        }
    }

    /** Not a member of the request: not found. Its sender: not allowed, since only the recipient answers. */
    private ContactRequest loadAsRecipient(long requestId) {
        long me = me();
        ContactRequest request =
                requests.findById(requestId).filter(found -> found.involves(me)).orElseThrow(NotFoundException::new);
        if (request.getRecipientId() != me) {
            throw new AccessDeniedException("Only the recipient answers a contact request");
        }
        return request;
    }

    /** A member may block whom they can see, and whoever has dealt with them, hidden or not. */
    private boolean knowsOf(long me, long memberId) {
        try {
            profiles.viewProfile(memberId, Locale.GERMAN);
            return true;
        } catch (NotFoundException e) {
            return requests.existsBetween(me, memberId);
        }
    }

    /** A contact who can no longer be shown (suspended, say) keeps their name and nothing else. */
    private ProfileView profileOf(long memberId, Locale locale) {
        try {
            return profiles.viewProfile(memberId, locale);
        } catch (NotFoundException e) {
            MemberIdentity member = identity(memberId);
            return new ProfileView(
                    member.id(),
                    member.displayName(),
                    member.initials(),
                    Relationship.CONTACT,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false);
        }
    }

    private static ContactRequestView viewForSender(ContactRequest request, String displayName, String initials) {
        ContactRequestStatus shown =
                request.getStatus() == ContactRequestStatus.IGNORED ? ContactRequestStatus.OPEN : request.getStatus();
        return new ContactRequestView(
                request.id(),
                request.getRecipientId(),
                displayName,
                initials,
                request.message(),
                shown,
                request.sentAt());
    }

    private MemberIdentity identity(long memberId) {
        return members.find(memberId).orElseThrow(NotFoundException::new);
    }

    private long me() {
        return currentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member is signed in"));
    }

    private static Pageable newestFirst(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
    }
}
