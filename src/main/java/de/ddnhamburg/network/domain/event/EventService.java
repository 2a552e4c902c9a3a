package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers create, publish and cancel events: admins every event, moderators their group's
 * ({@link EventOrganisers}); all of it is audited. Editing and copying are in {@link EventEditService}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class EventService {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final AuditService audit;
    private final EventReferences references;
    private final EventOrganisers organisers;
    private final GuestMails guestMails;

    EventService(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            MemberLookup members,
            MailOutbox outbox,
            AuditService audit,
            EventReferences references,
            EventOrganisers organisers,
            GuestMails guestMails) {
        this.guestMails = guestMails;
        this.references = references;
        this.organisers = organisers;
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.members = members;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** A new event as a draft, which members do not see until it is published. */
    public long create(EventDraft draft) {
        organisers.requireMayCreate(draft);
        Event event = events.saveAndFlush(new Event(references.checked(EventRules.valid(draft))));
        audit.record(AuditAction.EVENT_CREATED, target(event.id()), event.getTitle());
        return event.id();
    }

    /** Publishing twice changes nothing; a cancelled event stays cancelled. */
    public void publish(long eventId) {
        Event event = seats.lock(eventId);
        organisers.requireMayOrganise(event);
        switch (event.getStatus()) {
            case PUBLISHED -> {
                // already done
            }
            case CANCELLED -> throw new DomainException("event.cancelled");
            case DRAFT -> {
                event.setStatus(EventStatus.PUBLISHED);
                audit.record(AuditAction.EVENT_PUBLISHED, target(eventId), event.getTitle());
            }
        }
    }

    /**
     * Cancels the event and mails everyone registered (confirmed or waiting). Under the event's
     * lock, so that no registration slips in unmailed. Cancelling twice mails nobody twice.
     */
    public void cancel(long eventId) {
        Event event = seats.lock(eventId);
        organisers.requireMayOrganise(event);
        if (event.getStatus() == EventStatus.CANCELLED) {
            return;
        }
        event.setStatus(EventStatus.CANCELLED);
        event.countChange();
        audit.record(AuditAction.EVENT_CANCELLED, target(eventId), event.getTitle());
        List<EventRegistration> registered = registrations.findByEventIdAndStatusIn(
                eventId, List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
        List<Long> memberIds = registered.stream()
                .map(EventRegistration::getMemberId)
                .filter(java.util.Objects::nonNull)
                .toList();
        registered.stream()
                .filter(EventRegistration::isGuest)
                .forEach(guest -> guestMails.eventCancelled(event, guest));
        for (MemberIdentity member : members.findAll(memberIds).values()) {
            outbox.enqueue(MailRequest.of(
                    "event.cancelled:" + eventId + ":" + member.id(),
                    member.email(),
                    member.language(),
                    MailTemplate.EVENT_CANCELLED,
                    member.displayName(),
                    event.getTitle(),
                    event.getStartsAt()));
        }
    }

    static String target(long eventId) {
        return "event:" + eventId;
    }
}
