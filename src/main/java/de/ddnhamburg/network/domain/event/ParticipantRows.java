package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.ParticipantProfile;
import de.ddnhamburg.network.domain.member.ParticipantProfiles;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rows of an event's participant list as its organisers see them: each member with the name,
 * organisation and e-mail address their profile shows to the organiser, each guest as they
 * registered. Reads only; {@link EventOrganiserService} checks first that the caller organises the
 * event, and audits.
 */
@Component
class ParticipantRows {

    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final EventViewers viewers;
    private final MemberLookup members;
    private final ParticipantProfiles profiles;

    ParticipantRows(
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            EventViewers viewers,
            MemberLookup members,
            ParticipantProfiles profiles) {
        this.registrations = registrations;
        this.seats = seats;
        this.viewers = viewers;
        this.members = members;
        this.profiles = profiles;
    }

    /** Confirmed participants first, then those waiting, each kind of seat in order of the list. */
    ParticipantList list(Event event) {
        List<EventRegistration> active = registrations.findByEventIdAndStatusIn(
                event.id(), List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
        List<Long> memberIds = active.stream()
                .map(EventRegistration::getMemberId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, MemberIdentity> identities = members.findAll(memberIds);
        Map<Long, ParticipantProfile> open = profiles.of(memberIds);
        Map<Long, String> emails = visibleEmails(memberIds);
        List<ParticipantRow> rows = active.stream()
                .sorted(Comparator.comparing(EventRegistration::getStatus)
                        .thenComparing(EventRegistration::getSeatKind)
                        .thenComparingInt(registration -> {
                            Integer position = registration.getWaitingPosition();
                            return position == null ? 0 : position;
                        })
                        .thenComparing(EventRegistration::getRegisteredAt)
                        .thenComparingLong(EventRegistration::id))
                .map(registration -> row(registration, identities, open, emails))
                .toList();
        List<SeatOffer> offers = Arrays.stream(SeatKind.values())
                .filter(kind -> event.getFormat().offers(kind))
                .map(kind -> new SeatOffer(kind, event.capacity(kind), seats.free(event, kind)))
                .toList();
        return new ParticipantList(event.id(), event.getTitle(), event.getStartsAt(), offers, rows);
    }

    /**
     * The addresses the organiser may see, by each member's own choice (issue 12): organisers,
     * admins too, are members like others here. A message to all reaches everyone regardless.
     */
    private Map<Long, String> visibleEmails(List<Long> memberIds) {
        Long me = viewers.current().memberId();
        return me == null ? Map.of() : profiles.visibleEmails(me, memberIds);
    }

    private static List<Long> memberIdOf(EventRegistration registration) {
        Long memberId = registration.getMemberId();
        return memberId == null ? List.of() : List.of(memberId);
    }

    private static ParticipantRow row(
            EventRegistration registration,
            Map<Long, MemberIdentity> identities,
            Map<Long, ParticipantProfile> open,
            Map<Long, String> emails) {
        if (registration.isGuest()) {
            return new ParticipantRow(
                    registration.id(),
                    null,
                    true,
                    Objects.requireNonNull(registration.getGuestName()),
                    Objects.requireNonNull(registration.getGuestEmail()),
                    registration.getGuestOrganisation(),
                    registration.getSeatKind(),
                    registration.getStatus(),
                    registration.getWaitingPosition(),
                    registration.getRegisteredAt(),
                    registration.getAttendedAt());
        }
        long memberId = Objects.requireNonNull(registration.getMemberId());
        @Nullable MemberIdentity identity = identities.get(memberId);
        @Nullable ParticipantProfile profile = open.get(memberId);
        return new ParticipantRow(
                registration.id(),
                memberId,
                false,
                identity == null ? "" : identity.displayName(),
                emails.get(memberId),
                profile == null ? null : profile.organisation(),
                registration.getSeatKind(),
                registration.getStatus(),
                registration.getWaitingPosition(),
                registration.getRegisteredAt(),
                registration.getAttendedAt());
    }

    /** The row of one registration, after a change to it. */
    ParticipantRow of(EventRegistration registration) {
        List<Long> memberId = memberIdOf(registration);
        return row(registration, members.findAll(memberId), profiles.of(memberId), visibleEmails(memberId));
    }
}
