package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins approve or reject registrations in categories that need approval (a reduced price that
 * needs proof). Approved: the place is confirmed and the person mailed with ticket, .ics and QR;
 * rejected: the places go to the waiting, and the person is mailed. Both are audited on the
 * registration, and open dashboards are told.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressApprovalService {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final CongressRegistrations shared;
    private final CongressMails mails;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CongressApprovalService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categories,
            CongressRegistrations shared,
            CongressMails mails,
            AuditService audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.placement = placement;
        this.registrations = registrations;
        this.categories = categories;
        this.shared = shared;
        this.mails = mails;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApprovalItem> awaiting(long congressId) {
        Map<Long, TicketCategory> byId = categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).stream()
                .collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        return registrations
                .findByCongressIdAndStatusOrderByRegisteredAtAsc(
                        congressId, CongressRegistrationStatus.AWAITING_APPROVAL)
                .stream()
                .map(registration -> new ApprovalItem(
                        registration.id(),
                        (registration.getFirstName() + " " + registration.getLastName()).strip(),
                        registration.getEmail(),
                        registration.getOrganisation(),
                        registration.isGuest(),
                        byId.containsKey(registration.getCategoryId())
                                ? byId.get(registration.getCategoryId()).getName()
                                : "",
                        registration.getRegisteredAt()))
                .toList();
    }

    public void approve(long registrationId) {
        Congress locked = lockFor(registrationId);
        CongressRegistration registration = awaitingApproval(registrationId);
        Moves moves = placement.approve(locked, registration, clock.instant());
        registrations.saveAndFlush(registration);
        mails.state(locked, registration, "approved");
        shared.mailConcerned(locked, moves, registration.id());
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_APPROVED,
                CongressRegistrationAdminService.target(registrationId),
                null);
        // No place moved, but the counts by status did.
        publisher.publishEvent(new CongressPlacesChanged(locked.id()));
    }

    public void reject(long registrationId) {
        Congress locked = lockFor(registrationId);
        CongressRegistration registration = awaitingApproval(registrationId);
        Moves moves = placement.reject(locked, registration, clock.instant());
        registration.setCancelledAt(clock.instant());
        registrations.saveAndFlush(registration);
        mails.rejected(locked, registration);
        shared.mailConcerned(locked, moves, registration.id());
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_REJECTED,
                CongressRegistrationAdminService.target(registrationId),
                null);
    }

    private Congress lockFor(long registrationId) {
        return placement.lock(registrations.findCongressIdById(registrationId).orElseThrow(NotFoundException::new));
    }

    private CongressRegistration awaitingApproval(long registrationId) {
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        if (registration.getStatus() != CongressRegistrationStatus.AWAITING_APPROVAL) {
            throw new DomainException("congress.approval.notAwaiting");
        }
        return registration;
    }
}
