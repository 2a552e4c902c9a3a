package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.member.EmailAddress;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a congress edition without a signed-in user, for the demo data. It goes through the admin
 * services, so the demo keeps every rule they check, on behalf of the system (audited without an
 * actor). No view or endpoint may use it (checked by the architecture test).
 */
@Service
public class CongressProvisioning {

    private final CongressRepository congresses;
    private final CongressEditionService editions;
    private final CongressLifecycleService lifecycle;
    private final CongressCategoryService categories;
    private final CongressScheduleService schedule;
    private final CongressSessionService sessions;
    private final CongressSpeakerService speakers;
    private final CongressPlacement placement;
    private final CongressCatalogue catalogue;
    private final RegistrationIntake intake;
    private final MemberLookup members;
    private final Clock clock;
    private final RegistrationInvoicing invoicing;

    CongressProvisioning(
            CongressRepository congresses,
            CongressEditionService editions,
            CongressLifecycleService lifecycle,
            CongressCategoryService categories,
            CongressScheduleService schedule,
            CongressSessionService sessions,
            CongressSpeakerService speakers,
            CongressPlacement placement,
            CongressCatalogue catalogue,
            RegistrationIntake intake,
            MemberLookup members,
            Clock clock,
            RegistrationInvoicing invoicing) {
        this.congresses = congresses;
        this.editions = editions;
        this.lifecycle = lifecycle;
        this.categories = categories;
        this.schedule = schedule;
        this.sessions = sessions;
        this.speakers = speakers;
        this.placement = placement;
        this.catalogue = catalogue;
        this.intake = intake;
        this.members = members;
        this.clock = clock;
        this.invoicing = invoicing;
    }

    public boolean hasNoCongress() {
        return congresses.count() == 0;
    }

    public long create(CongressDraft draft) {
        return asSystem(() -> editions.create(draft));
    }

    public long category(long congressId, TicketCategoryDraft draft) {
        return asSystem(() -> categories.add(congressId, draft));
    }

    public long room(long congressId, String name, int capacity) {
        return asSystem(() -> schedule.addRoom(congressId, name, capacity));
    }

    public long slot(long congressId, SlotDraft draft) {
        return asSystem(() -> schedule.addSlot(congressId, draft));
    }

    public long speaker(long congressId, SpeakerDraft draft) {
        return asSystem(() -> speakers.add(congressId, draft));
    }

    public long session(long congressId, SessionDraft draft) {
        return asSystem(() -> sessions.add(congressId, draft));
    }

    public void publish(long congressId) {
        asSystem(() -> {
            lifecycle.publish(congressId);
            return congressId;
        });
    }

    /**
     * Registers the demo participants in the order given, as the registration services do: the
     * same input rules ({@link RegistrationIntake}) and places, seats and waiting lists only
     * through {@link CongressPlacement} under the congress lock, but in one transaction (one lock
     * for all: cheap at start-up) and without mails, QR codes or links, since nobody is to be told
     * about demo data. Members are confirmed (or await approval where their category needs it);
     * guests count as having confirmed their address. Confirmed places in paid categories get their
     * invoice (stored, not mailed).
     */
    @Transactional
    public void register(long congressId, List<ProvisionedRegistration> people) {
        Congress locked = placement.lock(congressId);
        CongressProgramme programme = catalogue.programme(locked.id());
        for (ProvisionedRegistration person : people) {
            RegistrationRequest request = person.request();
            Long memberId = person.memberId();
            TicketCategory category = intake.check(programme, request, memberId == null);
            CongressRegistration registration = memberId == null
                    ? CongressRegistration.forGuest(
                            locked.id(),
                            category.id(),
                            EmailAddress.normalise(Objects.requireNonNull(request.email())),
                            TicketCodes.newCode())
                    : CongressRegistration.forMember(
                            locked.id(),
                            category.id(),
                            memberId,
                            members.contactDetails(memberId).orElseThrow().email(),
                            TicketCodes.newCode());
            intake.place(
                    locked,
                    registration,
                    category,
                    request,
                    category.isApprovalRequired() ? Hold.awaitingApproval() : Hold.confirmed());
            if (registration.getConfirmedAt() == null && memberId == null) {
                // As if the guest had opened the mailed link, also while an admin has to approve.
                registration.setConfirmedAt(clock.instant());
            }
            // Paid places are invoiced, as by the registration's mail, so the demo's invoices page
            // and check-in desk have something to show; the PDFs are stored, not mailed.
            invoicing.settle(BillableRegistration.of(locked, registration, category));
        }
    }

    private static <T> T asSystem(Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(Roles.authority(Roles.ADMIN)))));
        SecurityContextHolder.setContext(system);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
