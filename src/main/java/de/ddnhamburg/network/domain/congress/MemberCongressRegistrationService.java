package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.member.MemberContactDetails;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member registers for the congress, with the data of their account prefilled. One registration
 * per member and congress: registering again (or submitting twice) returns the registration there
 * is, marked {@code existing}, and changes nothing. Categories that need approval hold the place
 * awaiting an admin; everything else is confirmed at once, or waits for the category.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MemberCongressRegistrationService {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final RegistrationIntake intake;
    private final CongressRegistrations shared;
    private final CongressMails mails;
    private final MemberLookup members;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberCongressRegistrationService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            RegistrationIntake intake,
            CongressRegistrations shared,
            CongressMails mails,
            MemberLookup members,
            CurrentUser currentUser,
            Clock clock) {
        this.placement = placement;
        this.registrations = registrations;
        this.intake = intake;
        this.shared = shared;
        this.mails = mails;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The member's own name, organisation and address, for the wizard's first step. */
    @Transactional(readOnly = true)
    public RegistrantDefaults defaults() {
        MemberContactDetails me = members.contactDetails(currentUser.requireMemberId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no member"));
        return new RegistrantDefaults(me.firstName(), me.lastName(), me.organisation(), me.email());
    }

    /** The member's registration for the congress, unless cancelled: where the wizard leads instead. */
    @Transactional(readOnly = true)
    public Optional<Long> existing(long congressId) {
        return registrations
                .findByCongressIdAndPersonKey(congressId, "m:" + currentUser.requireMemberId())
                .filter(registration -> registration.getStatus() != CongressRegistrationStatus.CANCELLED)
                .map(CongressRegistration::id);
    }

    /**
     * @throws de.ddnhamburg.network.domain.common.InvalidInputException naming each wrong field
     * @throws de.ddnhamburg.network.domain.common.NotFoundException for a congress members may not see
     * @throws de.ddnhamburg.network.domain.common.DomainException when registration is not open
     */
    public RegistrationDetails register(RegistrationRequest request) {
        long me = currentUser.requireMemberId();
        Congress locked = RegistrationIntake.requireVisible(placement.lock(request.congressId()));
        Optional<CongressRegistration> found = registrations.findByCongressIdAndPersonKey(locked.id(), "m:" + me);
        if (found.isPresent() && found.get().getStatus() != CongressRegistrationStatus.CANCELLED) {
            return shared.details(locked, found.get()).asExisting();
        }
        Instant now = clock.instant();
        RegistrationIntake.requireOpen(locked, now);
        TicketCategory category = intake.check(locked, request, false);
        MemberContactDetails account = members.contactDetails(me).orElseThrow();
        CongressRegistration registration = found.orElseGet(() ->
                CongressRegistration.forMember(locked.id(), category.id(), me, account.email(), TicketCodes.newCode()));
        Hold hold = category.isApprovalRequired() ? Hold.awaitingApproval() : Hold.confirmed();
        Moves moves = intake.place(locked, registration, category, request, hold);
        registrations.saveAndFlush(registration);
        mails.state(locked, registration, "registered");
        shared.mailConcerned(locked, moves, registration.id());
        return shared.details(locked, registration);
    }
}
