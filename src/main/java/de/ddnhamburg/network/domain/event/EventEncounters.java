package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.member.ParticipantProfile;
import de.ddnhamburg.network.domain.member.ParticipantProfiles;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was at an event, for "Wen habe ich getroffen?" and the mail the day after: members with a
 * confirmed place; where the organisers recorded attendance (anyone marked present), only those
 * marked present. Guests never count: they have no profile to follow up with. Whom one met is
 * the others who were there and opted in to the participant list, as the directory shows them
 * (a hidden profile stays hidden), the same opt-in as the event page's list.
 */
@Component
@Transactional(readOnly = true)
class EventEncounters {

    private final EventRegistrationRepository registrations;
    private final ParticipantProfiles profiles;

    EventEncounters(EventRegistrationRepository registrations, ParticipantProfiles profiles) {
        this.registrations = registrations;
        this.profiles = profiles;
    }

    /** The members' registrations of those who were there. */
    List<EventRegistration> present(long eventId) {
        List<EventRegistration> confirmed =
                registrations.findByEventIdAndStatusIn(eventId, List.of(RegistrationStatus.CONFIRMED));
        boolean recorded = confirmed.stream().anyMatch(registration -> registration.getAttendedAt() != null);
        return confirmed.stream()
                .filter(registration -> !registration.isGuest())
                .filter(registration -> !recorded || registration.getAttendedAt() != null)
                .toList();
    }

    /** Whether the member was there. */
    boolean wasThere(long eventId, long memberId) {
        return present(eventId).stream().anyMatch(registration -> registration.isOf(memberId));
    }

    /**
     * The others {@code memberId} met: present, opted in and listed. Empty if {@code memberId} was
     * not there themself.
     */
    List<ParticipantProfile> metBy(long eventId, long memberId) {
        List<EventRegistration> present = present(eventId);
        if (present.stream().noneMatch(registration -> registration.isOf(memberId))) {
            return List.of();
        }
        return shown(present).values().stream()
                .filter(profile -> profile.id() != memberId)
                .toList();
    }

    /** The listed profiles of those present who opted in to the participant list. */
    Map<Long, ParticipantProfile> shown(List<EventRegistration> present) {
        List<Long> optedIn = present.stream()
                .filter(EventRegistration::isShownAsParticipant)
                .map(EventRegistration::getMemberId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, ParticipantProfile> shown = new java.util.HashMap<>(profiles.of(optedIn));
        shown.values().removeIf(profile -> !profile.listed());
        return shown;
    }
}
