package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.domain.member.Relationship;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member sees of their contacts: the contacts, the requests to and from them, and where
 * they stand with someone. Only ever their own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class ContactReadService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    private final ContactRequestRepository requests;
    private final ContactRepository contacts;
    private final BlockRepository blocks;
    private final MemberProfileService profiles;
    private final MemberLookup members;
    private final CurrentUser currentUser;

    ContactReadService(
            ContactRequestRepository requests,
            ContactRepository contacts,
            BlockRepository blocks,
            MemberProfileService profiles,
            MemberLookup members,
            CurrentUser currentUser) {
        this.requests = requests;
        this.contacts = contacts;
        this.blocks = blocks;
        this.profiles = profiles;
        this.members = members;
        this.currentUser = currentUser;
    }

    public List<ContactRequestItem> openRequestsForMe(Pageable pageable) {
        List<ContactRequest> found =
                requests.findByRecipientIdAndStatus(me(), ContactRequestStatus.OPEN, newestFirst(pageable));
        Map<Long, MemberIdentity> senders =
                members.findAll(found.stream().map(ContactRequest::getSenderId).toList());
        return found.stream()
                .flatMap(request -> Stream.ofNullable(senders.get(request.getSenderId()))
                        .map(sender -> new ContactRequestItem(
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
    public List<ContactRequestItem> mySentRequests(Pageable pageable) {
        List<ContactRequest> found =
                requests.findBySenderIdAndStatusIn(me(), ContactRequestStatus.PENDING, newestFirst(pageable));
        Map<Long, MemberIdentity> recipients = members.findAll(
                found.stream().map(ContactRequest::getRecipientId).toList());
        return found.stream()
                .flatMap(request -> Stream.ofNullable(recipients.get(request.getRecipientId()))
                        .map(recipient ->
                                ContactRequestItem.forSender(request, recipient.displayName(), recipient.initials())))
                .toList();
    }

    public long countMySentRequests() {
        return requests.countBySenderIdAndStatusIn(me(), ContactRequestStatus.PENDING);
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
        var mine = requests.findFirstBySenderIdAndRecipientIdAndStatusInOrderByIdDesc(
                me, memberId, ContactRequestStatus.PENDING);
        if (mine.isPresent()) {
            return new ContactState(ContactStatus.REQUEST_SENT, mine.get().id());
        }
        return requests.findByOpenPair(ContactRequest.pairKey(me, memberId))
                .map(theirs -> new ContactState(ContactStatus.REQUEST_RECEIVED, theirs.id()))
                .orElse(ContactState.of(ContactStatus.NONE));
    }

    /** A contact who can no longer be shown (suspended, say) keeps their name and nothing else. */
    private ProfileDetails profileOf(long memberId, Locale locale) {
        try {
            return profiles.viewProfile(memberId, locale);
        } catch (NotFoundException e) {
            MemberIdentity member = members.find(memberId).orElseThrow(NotFoundException::new);
            return new ProfileDetails(
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

    private long me() {
        return currentUser.requireMemberId();
    }

    /** Lists of contacts, requests and blocks show the newest first, whatever order the page asks. */
    static Pageable newestFirst(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
    }
}
