package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.security.Roles;
import java.util.List;
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
    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categoryRows;
    private final CongressCatalogue catalogue;

    CongressProvisioning(
            CongressRepository congresses,
            CongressEditionService editions,
            CongressLifecycleService lifecycle,
            CongressCategoryService categories,
            CongressScheduleService schedule,
            CongressSessionService sessions,
            CongressSpeakerService speakers,
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categoryRows,
            CongressCatalogue catalogue) {
        this.congresses = congresses;
        this.editions = editions;
        this.lifecycle = lifecycle;
        this.categories = categories;
        this.schedule = schedule;
        this.sessions = sessions;
        this.speakers = speakers;
        this.placement = placement;
        this.registrations = registrations;
        this.categoryRows = categoryRows;
        this.catalogue = catalogue;
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

    /** The categories of a congress, for the demo's registrations. */
    public List<DeskCategory> categories(long congressId) {
        return catalogue.categories(congressId).stream()
                .map(CongressRegistrationListService::desk)
                .toList();
    }

    /** The slots with a choice of sessions, for the demo's registrations. */
    public List<SlotChoice> slots(long congressId) {
        return catalogue.choices(congressId);
    }

    /**
     * A registration of the demo data, placed through {@link CongressPlacement} under the congress
     * lock like any other (so the counters and waiting lists are right), at its time in the past,
     * without mails.
     */
    @Transactional
    public long register(DemoRegistration demo) {
        Congress locked = placement.lock(demo.congressId());
        TicketCategory category = categoryRows.findById(demo.categoryId()).orElseThrow();
        CongressRegistration registration = demo.memberId() == null
                ? CongressRegistration.forGuest(locked.id(), category.id(), demo.email(), TicketCodes.newCode())
                : CongressRegistration.forMember(
                        locked.id(), category.id(), demo.memberId(), demo.email(), TicketCodes.newCode());
        registration.setPerson(demo.firstName(), demo.lastName(), demo.organisation());
        placement.register(locked, registration, category, demo.wishes(), demo.hold(), demo.registeredAt());
        if (demo.cancelledAt() != null) {
            placement.cancel(locked, registration, demo.cancelledAt());
            registration.setCancelledAt(demo.cancelledAt());
            registrations.saveAndFlush(registration);
        }
        return registration.id();
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
