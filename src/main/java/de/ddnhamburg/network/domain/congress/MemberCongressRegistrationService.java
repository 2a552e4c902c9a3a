package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.member.MemberContactDetails;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member registers for the congress, with the data of their account prefilled. One registration
 * per member and congress: registering again (or submitting twice) returns the registration there
 * is, marked {@code existing}, and changes nothing. Categories that need approval hold the place
 * awaiting an admin; everything else is confirmed at once, or waits for the category.
 *
 * <p>Registering holds the congress lock (decision 011) only for the placement and the queueing of
 * its mail: the congress, the member's registration, the programme and the member's details are
 * read and the input checked in a read-only transaction first, and the ticket's QR code is drawn
 * before the lock is taken; the mail's summary and {@code .ics} are written from what was read.
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
    private final CongressCatalogue catalogue;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    MemberCongressRegistrationService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            RegistrationIntake intake,
            CongressRegistrations shared,
            CongressMails mails,
            MemberLookup members,
            CurrentUser currentUser,
            Clock clock,
            CongressCatalogue catalogue,
            PlatformTransactionManager transactions) {
        this.placement = placement;
        this.registrations = registrations;
        this.intake = intake;
        this.shared = shared;
        this.mails = mails;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
        this.catalogue = catalogue;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
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
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RegistrationDetails register(RegistrationRequest request) {
        long me = currentUser.requireMemberId();
        Prepared prepared = Objects.requireNonNull(reading.execute(status -> prepare(me, request)));
        if (prepared.existing() != null) {
            return prepared.existing();
        }
        byte[] qr = TicketQr.png(prepared.ticketCode());
        return Objects.requireNonNull(writing.execute(status -> place(me, request, prepared, qr)));
    }

    /**
     * What the registration needs, read without the lock, in the order the locked part checks it
     * again: the congress visible, an earlier registration, registration open, the input.
     *
     * @param existing the registration there is, if any (then nothing else is read)
     * @param ticketCode the code of the registration to be, for drawing its QR code
     */
    private record Prepared(
            @Nullable RegistrationDetails existing,
            @Nullable CongressProgramme programme,
            @Nullable TicketCategory category,
            @Nullable MemberContactDetails account,
            String ticketCode) {}

    private Prepared prepare(long me, RegistrationRequest request) {
        Congress congress = catalogue.visible(request.congressId());
        Optional<CongressRegistration> found = registrations.findByCongressIdAndPersonKey(congress.id(), "m:" + me);
        if (found.isPresent() && found.get().getStatus() != CongressRegistrationStatus.CANCELLED) {
            return new Prepared(shared.details(congress, found.get()).asExisting(), null, null, null, "");
        }
        RegistrationIntake.requireOpen(congress, clock.instant());
        CongressProgramme programme = catalogue.programme(congress.id());
        TicketCategory category = intake.check(programme, request, false);
        MemberContactDetails account = members.contactDetails(me).orElseThrow();
        String code = found.map(CongressRegistration::getTicketCode).orElseGet(TicketCodes::newCode);
        return new Prepared(null, programme, category, account, code);
    }

    /** Under the congress lock: the checks that depend on the locked row, the placement, the mail. */
    private RegistrationDetails place(long me, RegistrationRequest request, Prepared prepared, byte[] qr) {
        Congress locked = RegistrationIntake.requireVisible(placement.lock(request.congressId()));
        Optional<CongressRegistration> found = registrations.findByCongressIdAndPersonKey(locked.id(), "m:" + me);
        if (found.isPresent() && found.get().getStatus() != CongressRegistrationStatus.CANCELLED) {
            return shared.details(locked, found.get()).asExisting();
        }
        Instant now = clock.instant();
        RegistrationIntake.requireOpen(locked, now);
        CongressProgramme programme = Objects.requireNonNull(prepared.programme());
        TicketCategory category = Objects.requireNonNull(prepared.category());
        MemberContactDetails account = Objects.requireNonNull(prepared.account());
        CongressRegistration registration = found.orElseGet(() ->
                CongressRegistration.forMember(locked.id(), category.id(), me, account.email(), prepared.ticketCode()));
        Hold hold = category.isApprovalRequired() ? Hold.awaitingApproval() : Hold.confirmed();
        Moves moves = intake.place(locked, registration, category, request, hold);
        registrations.flush();
        List<CongressSessionChoice> choices = CongressSummaries.asPlaced(moves, registration.id(), now);
        // A registration cancelled in the meantime keeps its own code: draw that one (rarely needed).
        byte[] png = registration.getTicketCode().equals(prepared.ticketCode())
                ? qr
                : TicketQr.png(registration.getTicketCode());
        mails.registered(locked, registration, category, programme, choices, png);
        shared.mailConcerned(locked, moves, registration.id());
        return shared.details(locked, registration, category, programme, choices);
    }
}
