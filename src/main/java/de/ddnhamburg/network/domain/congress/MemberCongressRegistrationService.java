package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
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
import org.springframework.dao.DataIntegrityViolationException;
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
 * its mail: the congress with the member's registration, the programme and the member's details
 * are read and the input checked in a read-only transaction first; the mail's summary and
 * {@code .ics} are written from what was read, and its QR code is drawn when it is sent. The
 * placement goes with others that wait for the same congress, several under one lock
 * ({@link CongressLockBatches}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MemberCongressRegistrationService {

    private final CongressLockBatches batches;
    private final CongressRegistrationRepository registrations;
    private final RegistrationIntake intake;
    private final CongressRegistrations shared;
    private final CongressMails mails;
    private final MemberLookup members;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CongressCatalogue catalogue;
    private final TransactionTemplate reading;

    MemberCongressRegistrationService(
            CongressLockBatches batches,
            CongressRegistrationRepository registrations,
            RegistrationIntake intake,
            CongressRegistrations shared,
            CongressMails mails,
            MemberLookup members,
            CurrentUser currentUser,
            Clock clock,
            CongressCatalogue catalogue,
            PlatformTransactionManager transactions) {
        this.batches = batches;
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
                .findByCongressIdAndPersonKey(congressId, personKey(currentUser.requireMemberId()))
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
        try {
            return batches.place(
                    request.congressId(), (locked, places) -> place(locked, places, me, request, prepared));
        } catch (DataIntegrityViolationException e) {
            // A second submit that passed the look-up before the first was committed, then waited
            // for the lock: the unique key (congress, person) refused its row. The first is the answer.
            return Objects.requireNonNull(reading.execute(status -> registrations
                            .findByCongressIdAndPersonKey(request.congressId(), personKey(me))
                            .filter(registration -> registration.getStatus() != CongressRegistrationStatus.CANCELLED)
                            .map(registration -> shared.details(catalogue.any(request.congressId()), registration)
                                    .asExisting())))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * What the registration needs, read without the lock, in the order the locked part checks it
     * again: the congress visible, an earlier registration, registration open, the input.
     *
     * @param existing the registration there is, if any (then nothing else is read)
     * @param cancelled whether the member has a cancelled registration, which registering again reuses
     * @param ticketCode the ticket code of a new registration, drawn before the lock
     */
    private record Prepared(
            @Nullable RegistrationDetails existing,
            @Nullable CongressProgramme programme,
            @Nullable TicketCategory category,
            @Nullable MemberContactDetails account,
            boolean cancelled,
            String ticketCode) {}

    private Prepared prepare(long me, RegistrationRequest request) {
        CongressAndRegistration read = registrations
                .findWithRegistration(request.congressId(), personKey(me))
                .filter(found -> found.congress().getStatus().isPublic())
                .orElseThrow(NotFoundException::new);
        Congress congress = read.congress();
        CongressRegistration found = read.registration();
        if (found != null && found.getStatus() != CongressRegistrationStatus.CANCELLED) {
            return new Prepared(shared.details(congress, found).asExisting(), null, null, null, false, "");
        }
        RegistrationIntake.requireOpen(congress, clock.instant());
        CongressProgramme programme = catalogue.programme(congress.id());
        TicketCategory category = intake.check(programme, request, false);
        MemberContactDetails account = members.contactDetails(me).orElseThrow();
        return new Prepared(null, programme, category, account, found != null, TicketCodes.newCode());
    }

    /**
     * Under the congress lock, possibly with other registrations (on another thread): the checks
     * that depend on the locked row, the placement, the mail. A new registration is not looked for
     * again: a second submit that got here first has its row, and the unique key refuses this
     * one's ({@link #register} answers it).
     */
    private RegistrationDetails place(
            Congress congress, CongressPlaces places, long me, RegistrationRequest request, Prepared prepared) {
        Congress locked = RegistrationIntake.requireVisible(congress);
        Optional<CongressRegistration> found = prepared.cancelled()
                ? registrations.findByCongressIdAndPersonKey(locked.id(), personKey(me))
                : Optional.empty();
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
        Moves moves = intake.place(locked, places, registration, category, request, hold);
        List<CongressSessionChoice> choices = CongressSummaries.asPlaced(moves, registration.id(), now);
        mails.registered(locked, registration, category, programme, choices);
        shared.mailConcerned(locked, moves, registration.id());
        return shared.details(locked, registration, category, programme, choices);
    }

    private static String personKey(long memberId) {
        return "m:" + memberId;
    }
}
