package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.QrCode;
import de.ddnhamburg.network.security.CurrentUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Meine Anmeldung": a member's own registrations (by id, checked against the signed-in member), or
 * a guest's by the manage link (which opens only its own registration). Until the cancellation
 * deadline the owner changes a workshop (a free seat, or the waiting list), updates the answers or
 * cancels; every change is mailed, and whoever a freed seat goes to is mailed too. Anyone else's
 * registration answers as not found.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class MyCongressRegistrationService {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final CongressCatalogue catalogue;
    private final CongressRegistrations shared;
    private final CongressGuestTokens tokens;
    private final CongressMails mails;
    private final CongressCancellations cancellations;
    private final CurrentUser currentUser;
    private final RegistrationOwnership owners;
    private final Clock clock;

    MyCongressRegistrationService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            CongressCatalogue catalogue,
            CongressRegistrations shared,
            CongressGuestTokens tokens,
            CongressMails mails,
            CongressCancellations cancellations,
            CurrentUser currentUser,
            RegistrationOwnership owners,
            Clock clock) {
        this.placement = placement;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.shared = shared;
        this.tokens = tokens;
        this.mails = mails;
        this.cancellations = cancellations;
        this.currentUser = currentUser;
        this.owners = owners;
        this.clock = clock;
    }

    /** The signed-in member's registrations that are not cancelled, newest congress first. */
    @Transactional(readOnly = true)
    public List<RegistrationDetails> mine() {
        long me = currentUser.requireMemberId();
        return registrations.findByMemberId(me).stream()
                .filter(registration -> registration.getStatus() != CongressRegistrationStatus.CANCELLED)
                .map(registration -> shared.details(catalogue.any(registration.getCongressId()), registration))
                .sorted(Comparator.comparing(RegistrationDetails::firstDay).reversed())
                .toList();
    }

    /** Whether the signed-in member has a registration that is not cancelled (for the navigation). */
    @Transactional(readOnly = true)
    public boolean any() {
        return registrations.findByMemberId(currentUser.requireMemberId()).stream()
                .anyMatch(registration -> registration.getStatus() != CongressRegistrationStatus.CANCELLED);
    }

    /**
     * Whether the signed-in member holds a registration for the congress that is not cancelled, so
     * that its pages offer "Meine Anmeldung" rather than a second registration; false for a guest.
     */
    @Transactional(readOnly = true)
    public boolean registeredFor(long congressId) {
        return currentUser
                .memberId()
                .map(me -> registrations.findByMemberId(me).stream()
                        .anyMatch(registration -> registration.getCongressId() == congressId
                                && registration.getStatus() != CongressRegistrationStatus.CANCELLED))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public RegistrationDetails open(RegistrationKey key) {
        CongressRegistration registration = registrations.findById(resolve(key)).orElseThrow(NotFoundException::new);
        return shared.details(catalogue.any(registration.getCongressId()), registration);
    }

    /** The ticket's QR code as PNG, once the registration holds a confirmed place. */
    @Transactional(readOnly = true)
    public byte[] qrCode(RegistrationKey key) {
        CongressRegistration registration = registrations.findById(resolve(key)).orElseThrow(NotFoundException::new);
        if (registration.getStatus() != CongressRegistrationStatus.CONFIRMED) {
            throw new DomainException("congress.registration.noTicket");
        }
        return QrCode.png(registration.getTicketCode());
    }

    /**
     * Another session in a slot: a free seat at once, else the waiting list (with the second choice's
     * seat meanwhile); the seat given up goes to the first waiting for it.
     */
    public RegistrationDetails changeSession(RegistrationKey key, SessionPick pick) {
        long id = resolve(key);
        Congress locked = placement.lock(registrations.findCongressIdById(id).orElseThrow(NotFoundException::new));
        CongressRegistration registration = changeable(locked, id);
        InvalidInputException.Problems problems = InvalidInputException.collect();
        List<SlotChoice> choices = catalogue.choices(locked.id()).stream()
                .filter(slot -> slot.slotId() == pick.slotId())
                .toList();
        CongressRegistrationRules.picks(List.of(pick), choices, problems);
        problems.throwIfAny();
        Moves moves = placement.changeWish(
                locked,
                registration,
                CongressRegistrations.wishes(List.of(pick)).getFirst(),
                clock.instant());
        registrations.saveAndFlush(registration);
        mails.state(locked, registration, "changed");
        shared.mailConcerned(locked, moves, registration.id());
        return shared.details(locked, registration);
    }

    /** New answers to the questions; the needs only with the consent. */
    public RegistrationDetails updateAnswers(RegistrationKey key, RegistrationAnswers answers) {
        long id = resolve(key);
        Congress congress = placement.lock(registrations.findCongressIdById(id).orElseThrow(NotFoundException::new));
        CongressRegistration registration = changeable(congress, id);
        InvalidInputException.Problems problems = InvalidInputException.collect();
        CongressRegistrationRules.questions(answers, problems);
        problems.throwIfAny();
        shared.applyAnswers(registration, answers);
        registrations.saveAndFlush(registration);
        mails.state(congress, registration, "changed");
        return shared.details(congress, registration);
    }

    /** Cancels until the deadline; freed places and seats go to the first waiting, who are mailed. */
    public RegistrationDetails cancel(RegistrationKey key) {
        long id = resolve(key);
        Congress locked = placement.lock(registrations.findCongressIdById(id).orElseThrow(NotFoundException::new));
        CongressRegistration registration = changeable(locked, id);
        cancellations.cancel(locked, registration, clock.instant(), null);
        return shared.details(locked, registration);
    }

    private CongressRegistration changeable(Congress congress, long id) {
        CongressRegistration registration = registrations.findById(id).orElseThrow(NotFoundException::new);
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.registration.cancelledAlready");
        }
        if (!clock.instant().isBefore(congress.getCancellationDeadline())) {
            throw new DomainException("congress.registration.deadlinePassed", congress.getCancellationDeadline());
        }
        return registration;
    }

    /** The registration's id if the caller owns it (decided in one place, {@link RegistrationOwnership}). */
    private long resolve(RegistrationKey key) {
        return owners.resolve(key);
    }
}
