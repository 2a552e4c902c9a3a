package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to a registration's workshop seats, as opposed to its place at the congress:
 * another workshop in a slot, or a seat out of turn. Runs under the congress lock that
 * {@link CongressRegistrationAdminService} takes after its admin check; the person and whoever gets a
 * freed seat are mailed, and the change is audited on the registration.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressWorkshopChanges {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final CongressSessionRepository sessions;
    private final CongressSessionChoiceRepository choices;
    private final CongressCatalogue catalogue;
    private final CongressRegistrations shared;
    private final CongressMails mails;
    private final AuditService audit;
    private final Clock clock;

    CongressWorkshopChanges(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            CongressSessionRepository sessions,
            CongressSessionChoiceRepository choices,
            CongressCatalogue catalogue,
            CongressRegistrations shared,
            CongressMails mails,
            AuditService audit,
            Clock clock) {
        this.placement = placement;
        this.registrations = registrations;
        this.sessions = sessions;
        this.choices = choices;
        this.catalogue = catalogue;
        this.shared = shared;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** See {@link CongressRegistrationAdminService#changeWorkshop}. */
    void change(Congress locked, long registrationId, SessionPick pick, IfWorkshopFull ifFull) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        InvalidInputException.Problems problems = InvalidInputException.collect();
        CongressRegistrationRules.picks(
                List.of(pick),
                catalogue.choices(locked.id()).stream()
                        .filter(slot -> slot.slotId() == pick.slotId())
                        .toList(),
                problems);
        problems.throwIfAny();
        Optional<CongressSessionChoice> before = choiceIn(registration, pick.slotId());
        boolean other =
                before.map(choice -> choice.getSessionId() != pick.sessionId()).orElse(true);
        CongressSession session = sessions.findById(pick.sessionId()).orElseThrow(NotFoundException::new);
        @Nullable Integer capacity = session.getCapacity();
        boolean full = capacity != null && session.getTaken() >= capacity;
        if (capacity != null
                && full
                && other
                && registration.getStatus().holdsPlace()
                && ifFull == IfWorkshopFull.REFUSE) {
            throw new OverCapacityException("congress.desk.full.workshop", session.getTitle(), capacity);
        }
        String fromTitle =
                before.map(choice -> sessionTitle(choice.getSessionId())).orElse("-");
        Moves moves = placement.changeWish(
                locked,
                registration,
                CongressRegistrations.wishes(List.of(pick)).getFirst(),
                clock.instant());
        boolean waits = choiceIn(registration, pick.slotId())
                .map(choice -> choice.getStatus() == ChoiceStatus.WAITLISTED)
                .orElse(false);
        boolean oneOver = ifFull == IfWorkshopFull.ONE_OVER
                && waits
                && registration.getStatus().holdsPlace();
        if (oneOver) {
            moves = CongressRegistrationAdminService.merged(
                    moves, placement.seatNow(locked, registration, pick.slotId(), true));
        }
        registrations.saveAndFlush(registration);
        mails.changedByTeam(locked, registration);
        shared.mailConcerned(locked, moves, registrationId);
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_WORKSHOP_CHANGED,
                CongressRegistrationAdminService.target(registrationId),
                AuditNote.of(
                        oneOver
                                ? "audit.note.workshopChange.over"
                                : waits ? "audit.note.workshopChange.waiting" : "audit.note.change",
                        fromTitle,
                        session.getTitle()));
    }

    /** See {@link CongressRegistrationAdminService#seatInWorkshop}. */
    void seat(Congress locked, long registrationId, long slotId, boolean oneOver) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        CongressSessionChoice waiting = choiceIn(registration, slotId)
                .orElseThrow(() -> new DomainException("congress.desk.notWaitingForSession"));
        @Nullable Integer position = waiting.getWaitingPosition();
        String title = sessionTitle(waiting.getSessionId());
        Moves moves = placement.seatNow(locked, registration, slotId, oneOver);
        mails.changedByTeam(locked, registration);
        shared.mailConcerned(locked, moves, registrationId);
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_MOVED_UP,
                CongressRegistrationAdminService.target(registrationId),
                AuditNote.of(oneOver ? "audit.note.movedUp.over" : "audit.note.movedUp", position, title));
    }

    private Optional<CongressSessionChoice> choiceIn(CongressRegistration registration, long slotId) {
        return choices.findByRegistrationId(registration.id()).stream()
                .filter(choice -> choice.getSlotId() == slotId)
                .findFirst();
    }

    private String sessionTitle(long sessionId) {
        return sessions.findById(sessionId).map(CongressSession::getTitle).orElse("-");
    }
}
