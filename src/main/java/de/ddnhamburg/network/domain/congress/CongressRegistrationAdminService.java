package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to one registration on its behalf, at any time (no cancellation deadline): another
 * category or workshop, a place or seat out of turn, a cancellation with a reason, the confirmation
 * again, marking it paid. Places move only through {@link CongressPlacement} under the congress
 * lock; nothing goes beyond a capacity unless the admin confirmed it (decision 011). Every action is
 * audited on the registration ({@link #target}) and mailed to the person where it concerns them,
 * and whoever a freed place goes to is mailed too. Approving and rejecting are
 * {@link CongressApprovalService}'s.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressRegistrationAdminService {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final CongressWorkshopChanges workshops;
    private final CongressCatalogue catalogue;
    private final CongressRegistrations shared;
    private final CongressCancellations cancellations;
    private final CongressMails mails;
    private final CongressHooks hooks;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CongressRegistrationAdminService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categories,
            CongressWorkshopChanges workshops,
            CongressCatalogue catalogue,
            CongressRegistrations shared,
            CongressCancellations cancellations,
            CongressMails mails,
            CongressHooks hooks,
            AuditService audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.placement = placement;
        this.registrations = registrations;
        this.categories = categories;
        this.workshops = workshops;
        this.catalogue = catalogue;
        this.shared = shared;
        this.cancellations = cancellations;
        this.mails = mails;
        this.hooks = hooks;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** How audit entries name a registration, so that its history finds them. */
    public static String target(long registrationId) {
        return "congress-registration:" + registrationId;
    }

    /**
     * Another category, with a place of it: refused when the category is full (and, for someone
     * waiting, when the congress is). The old category's place goes to whoever waits for it.
     */
    public void changeCategory(long registrationId, long categoryId) {
        Congress locked = lockFor(registrationId);
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        TicketCategory target = categories
                .findById(categoryId)
                .filter(category -> category.getCongressId() == locked.id())
                .orElseThrow(NotFoundException::new);
        long from = registration.getCategoryId();
        Instant now = clock.instant();
        Moves moves = placement.changeCategory(locked, registration, target, now);
        Moves filled = placement.fill(locked);
        registrations.saveAndFlush(registration);
        publisher.publishEvent(new CongressCategoryChanged(locked.id(), registrationId, from, target.id()));
        mails.changedByTeam(locked, registration);
        shared.mailConcerned(locked, merged(moves, filled), registrationId);
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_CATEGORY_CHANGED,
                target(registrationId),
                AuditNote.of("audit.note.change", categoryName(from), target.getName()));
    }

    /**
     * Another workshop in a slot. A free seat is taken at once. When the workshop is full, the
     * admin decides ({@code ifFull}): refused ({@link OverCapacityException}, to ask), its waiting
     * list, or one seat over its capacity. The seat given up goes to the first waiting for it.
     */
    public void changeWorkshop(long registrationId, SessionPick pick, IfWorkshopFull ifFull) {
        workshops.change(lockFor(registrationId), registrationId, pick, ifFull);
    }

    /**
     * A waiting session choice is seated now, out of turn, one over the workshop's capacity if all
     * seats are taken and the admin confirmed it ({@code oneOver}, else {@link OverCapacityException}).
     */
    public void seatInWorkshop(long registrationId, long slotId, boolean oneOver) {
        workshops.seat(lockFor(registrationId), registrationId, slotId, oneOver);
    }

    /**
     * Someone waiting for a place is placed now, out of turn; refused while the congress is full.
     * When only the category's quota is used up, it is raised by one for this person if the admin
     * confirmed it ({@code raiseQuota}), else {@link OverCapacityException}.
     */
    public void moveUp(long registrationId, boolean raiseQuota) {
        Congress locked = lockFor(registrationId);
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        @Nullable Integer position = registration.getWaitingPosition();
        Moves moves = placement.placeNow(locked, registration, raiseQuota, clock.instant());
        registrations.saveAndFlush(registration);
        mails.changedByTeam(locked, registration);
        shared.mailConcerned(locked, moves, registrationId);
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_MOVED_UP,
                target(registrationId),
                AuditNote.of("audit.note.movedUp", position, categoryName(registration.getCategoryId())));
    }

    /** Cancels with a reason, which is mailed; the freed places go to the first waiting, who are mailed. */
    public void cancel(long registrationId, @Nullable String reason) {
        String given = CongressRegistrationRules.clean(reason);
        if (given == null) {
            throw InvalidInputException.of(CongressDeskRules.REASON, "validation.required");
        }
        if (given.length() > CongressDeskRules.REASON_MAX) {
            throw InvalidInputException.of(
                    CongressDeskRules.REASON, "validation.tooLong", CongressDeskRules.REASON_MAX);
        }
        Congress locked = lockFor(registrationId);
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.registration.cancelledAlready");
        }
        CongressRegistrationStatus was = registration.getStatus();
        cancellations.cancel(locked, registration, clock.instant(), given);
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_CANCELLED,
                target(registrationId),
                AuditNote.of("audit.note.cancelled", AuditNote.key("congress.desk.status." + was.name()), given));
    }

    /**
     * The confirmation mail again (an unconfirmed guest: a new confirmation link).
     *
     * @return whether a mail was queued: not for a second click within the same minute
     */
    public boolean resendConfirmation(long registrationId) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.registration.cancelledAlready");
        }
        boolean queued = mails.resend(catalogue.any(registration.getCongressId()), registration);
        if (queued) {
            audit.record(
                    AuditAction.CONGRESS_REGISTRATION_RESENT,
                    target(registrationId),
                    AuditNote.of(
                            "audit.note.status",
                            AuditNote.key("congress.desk.status."
                                    + registration.getStatus().name())));
        }
        return queued;
    }

    /** Whether payments can be marked here (the invoices are there to do it). */
    @Transactional(readOnly = true)
    public boolean canMarkPaid() {
        return hooks.payments().canMarkPaid();
    }

    /** Marks the registration's invoice paid, through the invoices; for a paid category that is not cancelled. */
    public void markPaid(long registrationId) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        TicketCategory category =
                categories.findById(registration.getCategoryId()).orElseThrow();
        if (category.isFree() || registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.desk.nothingToPay");
        }
        hooks.payments().markPaid(registrationId);
        audit.record(AuditAction.CONGRESS_REGISTRATION_MARKED_PAID, target(registrationId), null);
        publisher.publishEvent(new CongressPlacesChanged(registration.getCongressId()));
    }

    private Congress lockFor(long registrationId) {
        return placement.lock(registrations.findCongressIdById(registrationId).orElseThrow(NotFoundException::new));
    }

    private String categoryName(long categoryId) {
        return categories.findById(categoryId).map(TicketCategory::getName).orElse("-");
    }

    static Moves merged(Moves first, Moves second) {
        List<Long> placed = new ArrayList<>(first.placed());
        placed.addAll(second.placed());
        List<Moves.ChoiceMove> moved = new ArrayList<>(first.choices());
        moved.addAll(second.choices());
        return new Moves(placed, moved);
    }
}
