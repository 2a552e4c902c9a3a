package de.ddnhamburg.network.domain.event;

/**
 * An event as its organiser edits it.
 *
 * @param version to hand back with the change, so that a stale form is refused
 */
public record EventEdit(long id, long version, EventStatus status, EventDraft draft) {

    static EventEdit of(Event event) {
        return new EventEdit(event.id(), event.getVersion(), event.getStatus(), event.toDraft());
    }
}
