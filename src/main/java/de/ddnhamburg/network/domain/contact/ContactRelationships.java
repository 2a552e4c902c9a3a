package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.member.ContactLookup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the member feature who is whose contact. Kept apart from the contact services, which
 * themselves use the member feature's services: one bean each way would be a circular dependency.
 */
@Component
@Transactional(readOnly = true)
class ContactRelationships implements ContactLookup {

    private final ContactRepository contacts;
    private final ContactRequestRepository requests;

    private final BlockRepository blocks;

    ContactRelationships(ContactRepository contacts, ContactRequestRepository requests, BlockRepository blocks) {
        this.contacts = contacts;
        this.requests = requests;
        this.blocks = blocks;
    }

    @Override
    public Set<Long> alreadyConnected(long memberId) {
        Set<Long> connected = new HashSet<>(contacts.partnersOf(memberId));
        connected.addAll(blocks.blockedOrBlocking(memberId));
        connected.addAll(
                requests.waitingPartnersOf(memberId, List.of(ContactRequestStatus.OPEN, ContactRequestStatus.IGNORED)));
        return connected;
    }

    @Override
    public Set<Long> contactsOf(long memberId) {
        return Set.copyOf(contacts.partnersOf(memberId));
    }

    @Override
    public boolean areContacts(long memberId, long otherMemberId) {
        return memberId != otherMemberId && contacts.existsPair(memberId, otherMemberId);
    }

    @Override
    public boolean hasOpenRequest(long askerId, long askedId) {
        return requests.existsBySenderIdAndRecipientIdAndStatus(askerId, askedId, ContactRequestStatus.OPEN);
    }
}
