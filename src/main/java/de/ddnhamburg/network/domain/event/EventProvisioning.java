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

    EventProvisioning(EventRepository events, EventReferences references) {
        this.events = events;
        this.references = references;
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
