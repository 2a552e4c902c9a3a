package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's life: organisers create, edit, copy, publish and cancel it. Who is an organiser is
 * decided in {@link EventOrganisers} (admins every event, moderators their group's), checked on every
 * method here; every change is audited. What a member may organise, to show the buttons, and their
 * drafts are {@link MyEventOrganisingService}'s; participants are managed in
 * {@link EventOrganiserService}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class EventService {

    static final String COPY_SUFFIX = " (Kopie)";

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final EventReferences references;
    private final EventOrganisers organisers;
    private final EventChangeMails mails;
    private final AudienceChanges audienceChanges;
    private final AuditService audit;

    EventService(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            EventReferences references,
            EventOrganisers organisers,
            EventChangeMails mails,
            AudienceChanges audienceChanges,
            AuditService audit) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.references = references;
        this.organisers = organisers;
        this.mails = mails;
        this.audienceChanges = audienceChanges;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- creating and editing

    /** A new event as a draft, which members do not see until it is published. */
    public long create(EventDraft draft) {
        organisers.requireMayCreate(draft);
        Event event = events.saveAndFlush(new Event(references.checked(EventRules.valid(draft), null)));
        audit.record(AuditAction.EVENT_CREATED, target(event.id()), event.getTitle());
        return event.id();
    }

    /** The event as entered, with the version to hand back with a change. */
    @Transactional(readOnly = true)
    public EventEdit edit(long eventId) {
        Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
        organisers.requireMayOrganise(event);
        return EventEdit.of(event);
    }

    /**
     * Saves the organiser's change, under the event's lock so that no registration interleaves.
     * A form loaded before someone else's change is refused ({@code event.edit.stale}) rather than
     * overwriting it. A capacity may not go below the seats confirmed; a raised one gives seats to
     * the waiting list in order, and they are mailed. A changed time, place, link or format counts
     * as a change calendars take over, and confirmed participants of a published event are mailed.
     * A narrowed audience releases the registrations that no longer fit ({@link AudienceChanges}).
     *
     * @return the event as saved, with its new version
     */
    public EventEdit update(long eventId, long expectedVersion, EventDraft draft) {
        Event event = seats.lock(eventId);
        organisers.requireMayOrganise(event);
        organisers.requireMayCreate(draft);
        if (event.getVersion() != expectedVersion) {
            throw new DomainException("event.edit.stale");
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new DomainException("event.cancelled");
        }
        EventDraft before = event.toDraft();
        EventDraft valid = references.checked(EventRules.valid(draft), before);
        seats.requireRoomFor(event, valid);
        event.apply(valid);
        boolean participantsShouldKnow = changesForParticipants(before, valid);
        if (participantsShouldKnow) {
            event.countChange();
        }
        events.flush();
        audienceChanges.releaseThoseWhoNoLongerFit(event);
        List<EventRegistration> promoted = seats.fillFreeSeats(event);
        mails.promoted(event, promoted);
        if (participantsShouldKnow && event.getStatus() == EventStatus.PUBLISHED) {
            List<EventRegistration> confirmed =
                    registrations.findByEventIdAndStatusIn(eventId, List.of(RegistrationStatus.CONFIRMED));
            mails.changed(
                    event,
                    confirmed.stream()
                            .map(EventRegistration::getMemberId)
                            .filter(Objects::nonNull)
                            .toList());
            mails.changedForGuests(event, confirmed);
        }
        audit.record(AuditAction.EVENT_UPDATED, target(eventId), event.getTitle());
        return EventEdit.of(events.saveAndFlush(event));
    }

    /** A new draft with everything the event has except its registrations, titled as a copy. */
    public long duplicate(long eventId) {
        Event original = events.findById(eventId).orElseThrow(NotFoundException::new);
        organisers.requireMayOrganise(original);
        EventDraft draft = original.toDraft();
        Event copy = new Event(withTitle(draft, copyTitle(draft.title())));
        long id = events.saveAndFlush(copy).id();
        audit.record(AuditAction.EVENT_DUPLICATED, target(id), AuditNote.of("audit.detail.from", target(eventId)));
        return id;
    }

    // ---------------------------------------------------------------- publishing and cancelling

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
        if (event.getStatus() == EventStatus.DRAFT) {
            // Nobody but organisers ever saw it: cancelling discards it, so a cancelled draft never
            // reaches the calendar, a feed or a calendar file.
            audit.record(
                    AuditAction.EVENT_CANCELLED,
                    target(eventId),
                    AuditNote.of("audit.note.draftDiscarded", event.getTitle()));
            events.delete(event);
            return;
        }
        event.setStatus(EventStatus.CANCELLED);
        event.countChange();
        audit.record(AuditAction.EVENT_CANCELLED, target(eventId), event.getTitle());
        mails.cancelled(
                event,
                registrations.findByEventIdAndStatusIn(
                        eventId, List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)));
    }

    static String target(long eventId) {
        return "event:" + eventId;
    }

    static String copyTitle(String title) {
        int room = EventRules.TITLE_MAX - COPY_SUFFIX.length();
        return (title.length() > room ? title.substring(0, room).strip() : title) + COPY_SUFFIX;
    }

    private static boolean changesForParticipants(EventDraft before, EventDraft after) {
        return !before.startsAt().equals(after.startsAt())
                || !before.endsAt().equals(after.endsAt())
                || before.format() != after.format()
                || !Objects.equals(before.venue(), after.venue())
                || !Objects.equals(before.address(), after.address())
                || !Objects.equals(before.onlineLink(), after.onlineLink());
    }

    private static EventDraft withTitle(EventDraft draft, String title) {
        return new EventDraft(
                title,
                draft.type(),
                draft.description(),
                draft.startsAt(),
                draft.endsAt(),
                draft.format(),
                draft.venue(),
                draft.onlineLink(),
                draft.inPersonCapacity(),
                draft.onlineCapacity(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.audience(),
                draft.groupId(),
                draft.topicSlugs(),
                draft.guestsAllowed(),
                draft.address());
    }
}
