package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Contacts, contact requests sent and received (with their messages) and the member's blocks.
 * Other members appear by name only. A request the recipient put aside shows to its sender as
 * still open, as on the contacts page. On deletion all of it goes, in both directions: a request or
 * contact with a deleted account has no use for the other member either.
 */
@Component
@Order(20)
class ContactPersonalData implements PersonalDataSection {

    private static final Pageable ALL = Pageable.unpaged();

    record ContactItem(String name, Instant since) {}

    record RequestItem(
            String name,
            String whoIAm,
            String whyIWrite,
            String nextStep,
            ContactRequestStatus status,
            Instant sentAt,
            @Nullable Instant answeredAt) {}

    record BlockItem(String name, Instant since) {}

    record Export(
            List<ContactItem> contacts,
            List<RequestItem> requestsSent,
            List<RequestItem> requestsReceived,
            List<BlockItem> blocks) {}

    private final ContactRepository contacts;
    private final ContactRequestRepository requests;
    private final BlockRepository blocks;
    private final MemberLookup members;

    ContactPersonalData(
            ContactRepository contacts,
            ContactRequestRepository requests,
            BlockRepository blocks,
            MemberLookup members) {
        this.contacts = contacts;
        this.requests = requests;
        this.blocks = blocks;
        this.members = members;
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public Export export(DataSubject subject) {
        long me = subject.memberId();
        List<Contact> myContacts = contacts.findOf(me, ALL);
        List<ContactRequest> sent = requests.findBySenderIdOrderByCreatedAtAscIdAsc(me);
        List<ContactRequest> received = requests.findByRecipientIdOrderByCreatedAtAscIdAsc(me);
        List<Block> myBlocks = blocks.findByBlockerId(me, ALL);
        Map<Long, MemberIdentity> names = members.findAll(Stream.of(
                        myContacts.stream().map(contact -> contact.otherThan(me)),
                        sent.stream().map(ContactRequest::getRecipientId),
                        received.stream().map(ContactRequest::getSenderId),
                        myBlocks.stream().map(Block::getBlockedId))
                .flatMap(ids -> ids)
                .distinct()
                .toList());
        return new Export(
                myContacts.stream()
                        .map(contact -> new ContactItem(name(names, contact.otherThan(me)), contact.since()))
                        .toList(),
                requestItems(sent, names, true),
                requestItems(received, names, false),
                myBlocks.stream()
                        .map(block -> new BlockItem(name(names, block.getBlockedId()), block.since()))
                        .toList());
    }

    @Override
    public void erase(DataSubject subject) {
        long me = subject.memberId();
        contacts.deleteOf(me);
        requests.deleteInvolving(me);
        blocks.deleteInvolving(me);
    }

    private static List<RequestItem> requestItems(
            Collection<ContactRequest> found, Map<Long, MemberIdentity> names, boolean asSender) {
        List<RequestItem> items = new ArrayList<>();
        for (ContactRequest request : found) {
            long other = asSender ? request.getRecipientId() : request.getSenderId();
            ContactRequestStatus status = asSender && request.getStatus() == ContactRequestStatus.IGNORED
                    ? ContactRequestStatus.OPEN
                    : request.getStatus();
            var message = request.message();
            items.add(new RequestItem(
                    name(names, other),
                    message.whoIAm(),
                    message.whyIWrite(),
                    message.nextStep(),
                    status,
                    request.sentAt(),
                    asSender && status == ContactRequestStatus.OPEN ? null : request.getAnsweredAt()));
        }
        return items;
    }

    private static String name(Map<Long, MemberIdentity> names, long memberId) {
        MemberIdentity identity = names.get(memberId);
        return identity == null ? "?" : identity.displayName();
    }
}
