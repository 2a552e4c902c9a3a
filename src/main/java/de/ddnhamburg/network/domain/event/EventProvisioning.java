package de.ddnhamburg.network.domain.event;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates published events without a signed-in user, for the demo data. No view or endpoint may
 * use it (checked by the architecture test); at run time events go through {@link EventService}.
 */
@Service
@Transactional
public class EventProvisioning {

    private final EventRepository events;
    private final EventReferences references;
    private final EventRegistrationRepository registrations;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    EventProvisioning(
            EventRepository events,
            EventReferences references,
            EventRegistrationRepository registrations,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.events = events;
        this.references = references;
        this.registrations = registrations;
        this.jdbc = jdbc;
    }

    /**
     * Members who had a seat in person at a past event, were marked present and show in its
     * participant list: for "Wen habe ich getroffen?" in the demo data.
     */
    public void attended(long eventId, java.util.List<Long> memberIds) {
        Event event = events.findById(eventId).orElseThrow();
        for (long memberId : memberIds) {
            EventRegistration registration = new EventRegistration(eventId, memberId);
            registration.confirm(SeatKind.IN_PERSON, event.getStartsAt().minus(java.time.Duration.ofDays(7)));
            registration.showAsParticipant(true);
            registration.attended(event.getStartsAt());
            registrations.save(registration);
        }
        jdbc.update("update event set in_person_taken = in_person_taken + ? where id = ?", memberIds.size(), eventId);
    }

    public long createPublished(EventDraft draft) {
        Event event = new Event(references.checked(EventRules.valid(draft), null));
        event.setStatus(EventStatus.PUBLISHED);
        return events.save(event).id();
    }

    /** An unpublished event, as an organiser leaves it before publishing. */
    public long createDraft(EventDraft draft) {
        return events.save(new Event(references.checked(EventRules.valid(draft), null)))
                .id();
    }
}
