package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.domain.congress.DeskCongress;
import de.ddnhamburg.network.domain.congress.DeskLookup;
import de.ddnhamburg.network.domain.congress.DeskLookup.TicketOwner;
import de.ddnhamburg.network.domain.congress.DeskPerson;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.PaymentStatusLookup;
import de.ddnhamburg.network.domain.congress.TicketCodeInput;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in desk, for admins and the door team: find a registration by ticket code or name,
 * check it in, undo a check-in for a few minutes. Only a confirmed registration is checked in;
 * anything else comes back as a warning, and the desk learns nothing about other congresses'
 * participants. A registration is checked in exactly once: a unique key refuses the second insert
 * when two desks race, and the losing desk, run again, answers "already checked in" with the
 * winner's time and desk. Every check-in and undo is audited and announced
 * ({@link CongressCheckInsChanged}) for the counters.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.CHECK_IN + "', '" + Roles.ADMIN + "')")
public class CheckInService {

    private final CheckInAccess access;
    private final DeskLookup lookup;
    private final CongressCheckInRepository checkIns;
    private final ObjectProvider<PaymentStatusLookup> payments;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final CheckInProperties properties;
    private final Clock clock;

    CheckInService(
            CheckInAccess access,
            DeskLookup lookup,
            CongressCheckInRepository checkIns,
            ObjectProvider<PaymentStatusLookup> payments,
            AuditService audit,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            CheckInProperties properties,
            Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.checkIns = checkIns;
        this.payments = payments;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** The congresses whose desk the caller may open now, newest first. */
    public List<DeskCongress> congresses() {
        return access.openable();
    }

    /** @throws NotFoundException for an unknown edition or a draft; DomainException outside the door's time */
    public DeskCongress congress(long congressId) {
        return access.open(congressId);
    }

    public CheckInCount count(long congressId) {
        access.open(congressId);
        return countOf(congressId);
    }

    /** Registrations whose name or organisation contains the text, by last name; nothing for fewer than two characters. */
    public List<DeskMatch> search(long congressId, String text) {
        access.open(congressId);
        String query = text.strip();
        if (query.length() < CheckInRules.SEARCH_MIN || query.length() > CheckInRules.INPUT_MAX) {
            return List.of();
        }
        List<DeskPerson> people = lookup.search(congressId, query, CheckInRules.SEARCH_LIMIT);
        Map<Long, CongressCheckIn> standing =
                checkIns
                        .findByActiveRegistrationIdIn(
                                people.stream().map(DeskPerson::registrationId).toList())
                        .stream()
                        .collect(Collectors.toMap(CongressCheckIn::getRegistrationId, Function.identity()));
        return people.stream()
                .map(person -> {
                    CongressCheckIn checkIn = standing.get(person.registrationId());
                    return new DeskMatch(person, checkIn == null ? null : CheckInStamp.of(checkIn, properties));
                })
                .toList();
    }

    /**
     * Checks in the ticket whose code was scanned or typed (any spelling {@link TicketCodeInput}
     * reads). A code that cannot be one, is unknown, or belongs to another congress is a warning.
     */
    @RetryOnLostRace
    public CheckInResult checkInTicket(long congressId, String scanned, String desk) {
        access.open(congressId);
        String deskName = requireDesk(desk);
        Optional<String> code = TicketCodeInput.read(scanned);
        if (code.isEmpty()) {
            return warning(CheckInOutcome.UNREADABLE_CODE, congressId, null);
        }
        Optional<TicketOwner> owner = lookup.ticket(code.get())
                .or(() -> TicketCodeInput.swappedYz(code.get()).flatMap(lookup::ticket));
        if (owner.isEmpty()) {
            return warning(CheckInOutcome.UNKNOWN_CODE, congressId, null);
        }
        if (owner.get().congressId() != congressId) {
            String title = lookup.congress(owner.get().congressId())
                    .filter(other -> other.status().isPublic())
                    .map(DeskCongress::title)
                    .orElse(null);
            return warning(CheckInOutcome.OTHER_CONGRESS, congressId, title);
        }
        return checkInRegistration(congressId, owner.get().registrationId(), deskName);
    }

    /** Checks in a registration picked from the search; one of another congress is not found. */
    @RetryOnLostRace
    public CheckInResult checkIn(long congressId, long registrationId, String desk) {
        access.open(congressId);
        return checkInRegistration(congressId, registrationId, requireDesk(desk));
    }

    /**
     * Takes a check-in back, within {@code undo-window} of it; the registration can then be checked
     * in again. Undoing twice (two desks at once) is refused the second time.
     */
    @Transactional
    public CheckInResult undo(long checkInId) {
        CongressCheckIn checkIn = checkIns.findById(checkInId).orElseThrow(NotFoundException::new);
        long congressId = checkIn.getCongressId();
        access.open(congressId);
        if (checkIn.getUndoneAt() != null) {
            throw new DomainException("checkin.undo.done");
        }
        CheckInStamp stamp = CheckInStamp.of(checkIn, properties);
        Instant now = clock.instant();
        if (!stamp.undoableAt(now)) {
            throw new DomainException(
                    "checkin.undo.tooLate", properties.undoWindow().toMinutes());
        }
        if (checkIns.undo(checkInId, now, currentUser.memberId().orElse(null)) == 0) {
            throw new DomainException("checkin.undo.done");
        }
        audit.record(
                AuditAction.CONGRESS_CHECK_IN_UNDONE,
                target(checkIn.getRegistrationId()),
                AuditNote.of("audit.note.desk", checkIn.getDesk()));
        events.publishEvent(new CongressCheckInsChanged(congressId));
        DeskPerson person = lookup.person(checkIn.getRegistrationId()).orElseThrow(NotFoundException::new);
        return new CheckInResult(CheckInOutcome.UNDONE, person, stamp, paymentOf(person), null, countOf(congressId));
    }

    private CheckInResult checkInRegistration(long congressId, long registrationId, String desk) {
        DeskPerson person = lookup.person(registrationId)
                .filter(found -> found.congressId() == congressId)
                .orElseThrow(NotFoundException::new);
        Optional<CongressCheckIn> standing = checkIns.findByActiveRegistrationId(registrationId);
        if (standing.isPresent()) {
            return result(CheckInOutcome.ALREADY_CHECKED_IN, person, CheckInStamp.of(standing.get(), properties));
        }
        CheckInOutcome refusal = switch (person.status()) {
            case CANCELLED -> CheckInOutcome.CANCELLED;
            case WAITLISTED -> CheckInOutcome.WAITLISTED;
            case UNCONFIRMED -> CheckInOutcome.AWAITING_GUEST_CONFIRMATION;
            case AWAITING_APPROVAL -> CheckInOutcome.AWAITING_APPROVAL;
            case CONFIRMED -> CheckInOutcome.CHECKED_IN;
        };
        if (refusal != CheckInOutcome.CHECKED_IN) {
            return result(refusal, person, null);
        }
        // The unique key on active_registration_id is the guarantee: a racing desk's insert fails
        // here, and @RetryOnLostRace runs this again, which then finds the check-in above.
        CongressCheckIn checkIn = checkIns.saveAndFlush(new CongressCheckIn(
                congressId,
                registrationId,
                clock.instant(),
                desk,
                currentUser.memberId().orElse(null)));
        audit.record(AuditAction.CONGRESS_CHECKED_IN, target(registrationId), AuditNote.of("audit.note.desk", desk));
        events.publishEvent(new CongressCheckInsChanged(congressId));
        return result(CheckInOutcome.CHECKED_IN, person, CheckInStamp.of(checkIn, properties));
    }

    private CheckInResult result(CheckInOutcome outcome, DeskPerson person, @Nullable CheckInStamp stamp) {
        return new CheckInResult(outcome, person, stamp, paymentOf(person), null, countOf(person.congressId()));
    }

    private CheckInResult warning(CheckInOutcome outcome, long congressId, @Nullable String otherCongress) {
        return new CheckInResult(outcome, null, null, PaymentState.UNKNOWN, otherCongress, countOf(congressId));
    }

    private PaymentState paymentOf(DeskPerson person) {
        if (person.free()) {
            return PaymentState.NOT_DUE;
        }
        return payments.getIfAvailable(() -> PaymentStatusLookup.NOBODY_KNOWS).stateOf(person.registrationId());
    }

    private CheckInCount countOf(long congressId) {
        return new CheckInCount(
                checkIns.countByCongressIdAndActiveRegistrationIdIsNotNull(congressId), lookup.confirmed(congressId));
    }

    private static String requireDesk(String desk) {
        return CheckInRules.desk(desk).orElseThrow(() -> new DomainException("checkin.desk.invalid"));
    }

    private static String target(long registrationId) {
        return "congress-registration:" + registrationId;
    }
}
