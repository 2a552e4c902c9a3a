package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * After an organiser narrowed an event's audience (to a group's members, or from guests to members
 * only), the registrations that no longer fit are released as if cancelled, through
 * {@link SeatAllocation#release}: each is mailed, and the seats go to the next waiting who fit.
 * Who fits is who could register now ({@link EventViewer#maySee}): for a group's event its active
 * members and admins; guests only while the event is public and admits them.
 */
@Component
class AudienceChanges {

    private static final List<RegistrationStatus> ACTIVE =
            List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final GroupLookup groups;
    private final MemberLookup members;
    private final EventChangeMails mails;

    AudienceChanges(
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            GroupLookup groups,
            MemberLookup members,
            EventChangeMails mails) {
        this.registrations = registrations;
        this.seats = seats;
        this.groups = groups;
        this.members = members;
        this.mails = mails;
    }

    /**
     * Under the event's lock, after the change was applied. Those waiting go first, so that no one
     * who no longer fits is promoted on the way out.
     */
    void releaseThoseWhoNoLongerFit(Event locked) {
        if (locked.getStatus() != EventStatus.PUBLISHED) {
            return;
        }
        @Nullable Set<Long> allowedMembers = allowedMembers(locked);
        List<Long> misfits = registrations.findByEventIdAndStatusIn(locked.id(), ACTIVE).stream()
                .filter(registration -> !fits(locked, registration, allowedMembers))
                .sorted(Comparator.comparing((EventRegistration registration) ->
                                registration.getStatus() == RegistrationStatus.CONFIRMED)
                        .thenComparingLong(EventRegistration::id))
                .map(EventRegistration::id)
                .toList();
        List<EventRegistration> released = new ArrayList<>();
        List<EventRegistration> promoted = new ArrayList<>();
        for (long id : misfits) {
            // Read again: a release's bulk update clears the persistence context.
            EventRegistration registration = registrations.findById(id).orElseThrow();
            if (registration.isActive()) {
                promoted.addAll(seats.release(locked, registration));
                released.add(registration);
            }
        }
        mails.released(locked, released);
        mails.promoted(locked, promoted);
    }

    /** For a group's event: its active members and the admins; {@code null}: every member fits. */
    private @Nullable Set<Long> allowedMembers(Event event) {
        if (event.getAudience() != EventAudience.GROUP_MEMBERS) {
            return null;
        }
        Set<Long> allowed = new HashSet<>(groups.activeMembersOf(Objects.requireNonNull(event.getGroupId())));
        members.activeAdmins().stream().map(MemberIdentity::id).forEach(allowed::add);
        return allowed;
    }

    private static boolean fits(Event event, EventRegistration registration, @Nullable Set<Long> allowedMembers) {
        Long memberId = registration.getMemberId();
        if (memberId == null) {
            return event.getAudience() == EventAudience.PUBLIC && event.isGuestsAllowed();
        }
        return allowedMembers == null || allowedMembers.contains(memberId);
    }
}
