package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's event registrations. Deleting the account gives back their seats and places on the
 * waiting lists of published events that have not ended, as if they had cancelled: a freed seat goes
 * to the first waiting, who is mailed. Registrations of past or cancelled events stay, so that the
 * events' counts stay true, but lose the attendance and the participant-list choice; they point at
 * the anonymised member row and identify nobody.
 *
 * <p>The events are locked one after the other in id order, each through {@link SeatAllocation}
 * like every seat change; the member row is written after all sections, so last.
 */
@Component
@Order(35)
class EventRegistrationPersonalData implements PersonalDataSection {

    private static final List<RegistrationStatus> ACTIVE =
            List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    record RegistrationItem(
            String event,
            Instant startsAt,
            SeatKind seat,
            RegistrationStatus status,
            @Nullable Integer waitingPosition,
            Instant registeredAt,
            boolean shownAsParticipant,
            @Nullable Instant attendedAt) {}

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final PromotionMails promotions;
    private final Clock clock;

    EventRegistrationPersonalData(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            PromotionMails promotions,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.promotions = promotions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "eventRegistrations";
    }

    @Override
    public List<RegistrationItem> export(DataSubject subject) {
        List<EventRegistration> mine =
                registrations.findByMemberIdAndStatusIn(subject.memberId(), EnumSet.allOf(RegistrationStatus.class));
        Map<Long, Event> byId =
                events
                        .findAllById(mine.stream()
                                .map(EventRegistration::getEventId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Event::id, Function.identity()));
        return mine.stream()
                .flatMap(registration -> Stream.ofNullable(byId.get(registration.getEventId()))
                        .map(event -> new RegistrationItem(
                                event.getTitle(),
                                event.getStartsAt(),
                                registration.getSeatKind(),
                                registration.getStatus(),
                                registration.getWaitingPosition(),
                                registration.getRegisteredAt(),
                                registration.isShownAsParticipant(),
                                registration.getAttendedAt())))
                .sorted(Comparator.comparing(RegistrationItem::startsAt))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        Instant now = clock.instant();
        // Only the ids: the registrations are read after each event's lock, so that they are current.
        for (long eventId : registrations.findEventIdsOfActive(subject.memberId(), ACTIVE, now)) {
            Event event = seats.lock(eventId);
            if (event.getStatus() != EventStatus.PUBLISHED || !event.getEndsAt().isAfter(now)) {
                continue;
            }
            registrations
                    .findByEventIdAndMemberId(eventId, subject.memberId())
                    .filter(EventRegistration::isActive)
                    .ifPresent(registration -> promotions.mail(event, seats.release(event, registration)));
        }
        // What the kept rows still said about the person: that they came, and that they wanted to
        // be listed. Read after the releases, whose bulk updates clear the persistence context.
        for (EventRegistration registration :
                registrations.findByMemberIdAndStatusIn(subject.memberId(), EnumSet.allOf(RegistrationStatus.class))) {
            registration.showAsParticipant(false);
            registration.attended(null);
        }
        registrations.flush();
    }
}
