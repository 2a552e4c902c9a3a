package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.security.Roles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the sessions of the programme. Every change runs under the congress lock: a workshop
 * has at most its room's seats and never fewer than are taken; a session cannot move into a room
 * smaller than its seats taken, nor to another slot once people chose it; a session that people
 * chose cannot be deleted: it is cancelled, and each of them is mailed.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressSessionService {

    private static final List<CongressRegistrationStatus> GONE = List.of(CongressRegistrationStatus.CANCELLED);

    private final CongressSessionRepository sessions;
    private final CongressSlotRepository slots;
    private final CongressRoomRepository rooms;
    private final CongressSpeakerRepository speakers;
    private final CongressSessionChoiceRepository choices;
    private final CongressRegistrationRepository registrations;
    private final ProgrammePlaces places;
    private final GroupLookup groups;
    private final MailOutbox outbox;
    private final PublicLinks links;
    private final AuditService audit;

    CongressSessionService(
            CongressSessionRepository sessions,
            CongressSlotRepository slots,
            CongressRoomRepository rooms,
            CongressSpeakerRepository speakers,
            CongressSessionChoiceRepository choices,
            CongressRegistrationRepository registrations,
            ProgrammePlaces places,
            GroupLookup groups,
            MailOutbox outbox,
            PublicLinks links,
            AuditService audit) {
        this.sessions = sessions;
        this.slots = slots;
        this.rooms = rooms;
        this.speakers = speakers;
        this.choices = choices;
        this.registrations = registrations;
        this.places = places;
        this.groups = groups;
        this.outbox = outbox;
        this.links = links;
        this.audit = audit;
    }

    public long add(long congressId, SessionDraft draft) {
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        Valid valid = validate(congressId, draft, null);
        CongressSession session =
                new CongressSession(congressId, valid.slot.id(), valid.room.id(), valid.type, valid.title);
        apply(session, valid);
        long id = sessions.saveAndFlush(session).id();
        places.changed(congress);
        audit.record(AuditAction.CONGRESS_PROGRAMME_CHANGED, CongressEditionService.target(congressId), valid.title);
        return id;
    }

    public SessionItem update(long sessionId, SessionDraft draft) {
        long congressId = sessions.findCongressIdById(sessionId).orElseThrow(NotFoundException::new);
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        CongressSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        Valid valid = validate(congressId, draft, session);
        session.place(valid.slot.id(), valid.room.id());
        session.setType(valid.type);
        session.setTitle(valid.title);
        apply(session, valid);
        sessions.flush();
        places.changed(congress);
        audit.record(AuditAction.CONGRESS_PROGRAMME_CHANGED, CongressEditionService.target(congressId), valid.title);
        return SessionItem.of(session, null);
    }

    /** Deletes a session nobody chose; one that people chose is refused: cancel it instead. */
    public void remove(long sessionId) {
        long congressId = sessions.findCongressIdById(sessionId).orElseThrow(NotFoundException::new);
        CongressCategoryService.requireEditable(places.lock(congressId));
        CongressSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        if (!choices.findNaming(sessionId).isEmpty() || session.getTaken() > 0) {
            throw new DomainException("congress.session.hasRegistrations");
        }
        sessions.delete(session);
        audit.record(
                AuditAction.CONGRESS_PROGRAMME_CHANGED,
                CongressEditionService.target(congressId),
                AuditNote.of("audit.note.sessionRemoved", session.getTitle()));
    }

    /**
     * Cancels the session: it stays in the programme, marked as cancelled; the placement drops its
     * seats and waiting list and gives seats freed elsewhere to the next in line. Everyone who chose
     * it (or holds it as their second choice) is mailed once, in the same transaction. Cancelling
     * twice mails nobody twice.
     *
     * @return how many people were mailed
     */
    public int cancel(long sessionId) {
        long congressId = sessions.findCongressIdById(sessionId).orElseThrow(NotFoundException::new);
        Congress congress = places.lock(congressId);
        CongressCategoryService.requireEditable(congress);
        CongressSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        if (session.isCancelled()) {
            return 0;
        }
        Set<Long> registrationIds = new LinkedHashSet<>();
        choices.findNaming(sessionId).forEach(choice -> registrationIds.add(choice.getRegistrationId()));
        places.cancelSession(congress, session, registrationIds);
        int mailed = 0;
        for (CongressRegistration registration : registrations.findAllById(registrationIds)) {
            if (GONE.contains(registration.getStatus())) {
                continue;
            }
            outbox.enqueue(MailRequest.of(
                    "congress.session.cancelled:" + sessionId + ":" + registration.id(),
                    registration.getEmail(),
                    Locale.forLanguageTag(registration.getLanguage()),
                    MailTemplate.CONGRESS_SESSION_CANCELLED,
                    registration.getFirstName(),
                    session.getTitle(),
                    congress.getTitle(),
                    links.page(PublicLinks.CONGRESS + "/" + congressId)));
            mailed++;
        }
        audit.record(
                AuditAction.CONGRESS_SESSION_CANCELLED,
                CongressEditionService.target(congressId),
                AuditNote.of("audit.note.sessionCancelled", session.getTitle(), mailed));
        return mailed;
    }

    private record Valid(
            SessionType type,
            String title,
            String abstractText,
            CongressSlot slot,
            CongressRoom room,
            Set<Long> speakerIds,
            @Nullable Long groupId,
            @Nullable Integer capacity) {}

    private Valid validate(long congressId, SessionDraft draft, @Nullable CongressSession existing) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        if (draft.type() == null) {
            problems.add(CongressRules.TYPE, "congress.validation.required");
        }
        String title = CongressRules.required(problems, CongressRules.TITLE, draft.title(), CongressRules.TITLE_MAX);
        String text = CongressRules.optional(
                problems, CongressRules.ABSTRACT, draft.abstractText(), CongressRules.ABSTRACT_MAX);
        CongressSlot slot = draft.slotId() == null
                ? null
                : slots.findById(draft.slotId())
                        .filter(found -> found.getCongressId() == congressId)
                        .orElse(null);
        if (slot == null) {
            problems.add(CongressRules.SLOT, "congress.validation.required");
        }
        CongressRoom room = draft.roomId() == null
                ? null
                : rooms.findById(draft.roomId())
                        .filter(found -> found.getCongressId() == congressId)
                        .orElse(null);
        if (room == null) {
            problems.add(CongressRules.ROOM, "congress.validation.required");
        }
        for (long speakerId : draft.speakerIds()) {
            if (speakers.findById(speakerId)
                    .filter(found -> found.getCongressId() == congressId)
                    .isEmpty()) {
                problems.add(CongressRules.SPEAKERS, "congress.validation.unknownSpeaker");
            }
        }
        if (draft.groupId() != null && !groups.isOpen(draft.groupId())) {
            problems.add(CongressRules.GROUP, "congress.validation.unknownGroup");
        }
        Integer capacity = draft.type() == SessionType.WORKSHOP ? draft.capacity() : null;
        // A seat an admin gave beyond the capacity (decision 011) does not count against it.
        int taken = existing == null ? 0 : existing.getTaken() - existing.getOverCapacity();
        if (draft.type() == SessionType.WORKSHOP) {
            if (capacity == null || capacity < 1) {
                problems.add(CongressRules.CAPACITY, "congress.validation.workshopCapacity");
            } else if (room != null && capacity > room.getCapacity()) {
                problems.add(CongressRules.CAPACITY, "congress.validation.aboveRoom", room.getCapacity());
            } else if (capacity < taken) {
                problems.add(CongressRules.CAPACITY, "congress.validation.belowTaken", taken);
            }
        }
        if (room != null && room.getCapacity() < taken) {
            problems.add(CongressRules.ROOM, "congress.validation.roomTooSmall", taken);
        }
        if (existing != null
                && slot != null
                && slot.id() != existing.getSlotId()
                && !choices.findNaming(existing.id()).isEmpty()) {
            problems.add(CongressRules.SLOT, "congress.validation.slotChosen");
        }
        problems.throwIfAny();
        return new Valid(
                Objects.requireNonNull(draft.type()),
                title,
                text == null ? "" : text,
                Objects.requireNonNull(slot),
                Objects.requireNonNull(room),
                draft.speakerIds(),
                draft.groupId(),
                capacity);
    }

    private static void apply(CongressSession session, Valid valid) {
        session.setAbstractText(valid.abstractText);
        session.setSpeakerIds(valid.speakerIds);
        session.setOrganisingGroupId(valid.groupId);
        session.setCapacity(valid.capacity);
    }
}
