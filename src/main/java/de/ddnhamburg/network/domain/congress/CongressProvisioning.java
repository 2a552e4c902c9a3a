package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

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

    CongressProvisioning(
            CongressRepository congresses,
            CongressEditionService editions,
            CongressLifecycleService lifecycle,
            CongressCategoryService categories,
            CongressScheduleService schedule,
            CongressSessionService sessions,
            CongressSpeakerService speakers) {
        this.congresses = congresses;
        this.editions = editions;
        this.lifecycle = lifecycle;
        this.categories = categories;
        this.schedule = schedule;
        this.sessions = sessions;
        this.speakers = speakers;
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
