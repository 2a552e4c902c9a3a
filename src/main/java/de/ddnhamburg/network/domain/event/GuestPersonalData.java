package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.GuestDataSection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A guest's event registrations, for an admin's answer to a data request, and their erasure on
 * request: a place still held for an event to come is released first, through
 * {@link SeatAllocation#release} under the event's lock (the first waiting gets it and a mail);
 * then name, address and organisation go and the guest's links are deleted, as when guests' data
 * is erased after their event ({@link GuestHoldExpiry}). The row stays, anonymous, for the counts.
 */
@Component
@Order(40)
class GuestPersonalData implements GuestDataSection {

    record GuestRegistrationItem(
            String event,
            Instant startsAt,
            String name,
            String email,
            @Nullable String organisation,
            String language,
            SeatKind seat,
            RegistrationStatus status,
            @Nullable Integer waitingPosition,
            Instant registeredAt,
            @Nullable Instant addressConfirmedAt,
            @Nullable String consentVersion,
            @Nullable Instant consentGivenAt,
            @Nullable Instant attendedAt) {}

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final PromotionMails promotions;
    private final GuestTokens tokens;
    private final Clock clock;

    GuestPersonalData(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            PromotionMails promotions,
            GuestTokens tokens,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.promotions = promotions;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "eventRegistrations";
    }

    @Override
    public int count(String email) {
        return registrations
                .findByGuestEmailAndMemberIdIsNullOrderByEventIdAscIdAsc(email)
                .size();
    }

    @Override
    public List<GuestRegistrationItem> export(String email) {
        List<EventRegistration> mine = registrations.findByGuestEmailAndMemberIdIsNullOrderByEventIdAscIdAsc(email);
        Map<Long, Event> byId =
                events
                        .findAllById(mine.stream()
                                .map(EventRegistration::getEventId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Event::id, Function.identity()));
        return mine.stream()
                .filter(registration -> byId.containsKey(registration.getEventId()))
                .map(registration -> item(Objects.requireNonNull(byId.get(registration.getEventId())), registration))
                .toList();
    }

    private static GuestRegistrationItem item(Event event, EventRegistration registration) {
        return new GuestRegistrationItem(
                event.getTitle(),
                event.getStartsAt(),
                Objects.requireNonNull(registration.getGuestName()),
                Objects.requireNonNull(registration.getGuestEmail()),
                registration.getGuestOrganisation(),
                registration.guestLanguage().getLanguage(),
                registration.getSeatKind(),
                registration.getStatus(),
                registration.getWaitingPosition(),
                registration.getRegisteredAt(),
                registration.getGuestConfirmedAt(),
                registration.getConsentVersion(),
                registration.getConsentGivenAt(),
                registration.getAttendedAt());
    }

    @Override
    public int erase(String email) {
        Instant now = clock.instant();
        // Only the ids: each registration is read again after its event's lock. Events in id order.
        List<Long> ids = registrations.findByGuestEmailAndMemberIdIsNullOrderByEventIdAscIdAsc(email).stream()
                .map(EventRegistration::id)
                .toList();
        for (long id : ids) {
            Event event = seats.lock(registrations.findEventIdById(id).orElseThrow());
            EventRegistration registration = registrations.findById(id).orElseThrow();
            if (registration.isActive()
                    && event.getStatus() == EventStatus.PUBLISHED
                    && event.getEndsAt().isAfter(now)) {
                promotions.mail(event, seats.release(event, registration));
            }
            tokens.deleteAll(id);
            // Read again: the release's bulk updates may have cleared the persistence context.
            EventRegistration erased = registrations.findById(id).orElseThrow();
            erased.eraseGuest(GuestHoldExpiry.ERASED_NAME, now);
            registrations.saveAndFlush(erased);
        }
        return ids.size();
    }
}
