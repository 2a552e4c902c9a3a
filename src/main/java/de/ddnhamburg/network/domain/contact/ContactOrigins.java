package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.event.EventFollowUpService;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the signed-in member met a contact ("kennengelernt bei …", issue 16): the event named by
 * the request that made them contacts, if it was sent from "Wen habe ich getroffen?". Only for
 * contacts, and only an event the member may still see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class ContactOrigins {

    private final ContactRepository contacts;
    private final ContactRequestRepository requests;
    private final CurrentUser currentUser;
    private final EventFollowUpService events;

    ContactOrigins(
            ContactRepository contacts,
            ContactRequestRepository requests,
            CurrentUser currentUser,
            EventFollowUpService events) {
        this.contacts = contacts;
        this.requests = requests;
        this.currentUser = currentUser;
        this.events = events;
    }

    public Optional<MetAt> metAt(long contactId) {
        long me = currentUser.requireMemberId();
        return contacts.findPair(me, contactId)
                .map(Contact::getRequestId)
                .flatMap(requests::findById)
                .map(ContactRequest::getMetAtEventId)
                .flatMap(eventId -> events.visibleTitle(eventId).map(title -> new MetAt(eventId, title)));
    }
}
