package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A congress on the day of its door, for the check-in tests outside this package (the entities are
 * package-private): one person in each state the desk must tell apart, placed by the placement as
 * the registration services would, and a ticket of another congress.
 */
@Component
public class DoorScenario {

    /** The congress's day: 1 March 2027, doors at 9:00 in Hamburg. */
    public static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    public static final Instant DOORS_OPEN = Instant.parse("2027-03-01T08:00:00Z");

    /** What a test needs to know of one registration. */
    public record Person(long registrationId, String ticketCode, String firstName, String lastName) {

        public String displayName() {
            return firstName + " " + lastName;
        }
    }

    /**
     * @param confirmed paid category, a workshop seat and dietary needs given
     * @param free a free category, no workshop
     * @param waitingForWorkshop confirmed, holding a second choice's seat while waiting for the full workshop
     */
    public record Door(
            long congressId,
            String title,
            String workshopTitle,
            String workshopRoom,
            String fullWorkshopTitle,
            Person confirmed,
            Person free,
            Person waitingForWorkshop,
            Person cancelled,
            Person waitlisted,
            Person unconfirmed,
            Person awaitingApproval,
            long otherCongressId,
            String otherTitle,
            Person otherCongressGuest) {}

    private final PlacementFixture fixture;

    DoorScenario(PlacementFixture fixture) {
        this.fixture = fixture;
    }

    public Door build() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long id = congress("Fachkongress Einlass " + suffix, DAY, CongressStatus.PUBLISHED);
        long paid = category(id, "Nichtmitglied", new BigDecimal("89.00"), 50, false);
        long free = category(id, "Mitglied", BigDecimal.ZERO, 50, false);
        long reduced = category(id, "ermäßigt", new BigDecimal("39.00"), 50, true);
        long single = category(id, "Partner", BigDecimal.ZERO, 1, false);
        long slot = fixture.slot(id, 2);
        String room = "Raum Elbe " + suffix;
        String workshopTitle = "Lernen im Prozess der Arbeit " + suffix;
        String fullTitle = "Netzwerken für Introvertierte " + suffix;
        long workshop = session(id, slot, room, workshopTitle, 20);
        long full = session(id, slot, "Raum Bille " + suffix, fullTitle, 1);

        Instant before = DOORS_OPEN.minus(Duration.ofDays(20));
        Person confirmed = register(
                id,
                paid,
                "Hanna",
                "Petersen",
                "Hafen Akademie",
                "vegetarisch",
                Hold.confirmed(),
                before,
                new SessionWish(slot, workshop, null));
        Person freePerson =
                register(id, free, "Jonas", "Ehlers", "Institut Arbeit 4.0", null, Hold.confirmed(), before);
        register(id, free, "Frieda", "Früh", null, null, Hold.confirmed(), before, new SessionWish(slot, full, null));
        Person waitingForWorkshop = register(
                id,
                free,
                "Wiebke",
                "Warnholz",
                "Lotsenhaus",
                null,
                Hold.confirmed(),
                before,
                new SessionWish(slot, full, workshop));
        Person cancelled = register(id, paid, "Carla", "Cordes", "Elbwerk GmbH", null, Hold.confirmed(), before);
        fixture.on(cancelled.registrationId(), (locked, registration) -> {
            Moves moves = fixture.placement.cancel(locked, registration, before.plusSeconds(60));
            registration.setCancelledAt(before.plusSeconds(60));
            return moves;
        });
        register(id, single, "Paul", "Partner", "Partner AG", null, Hold.confirmed(), before);
        Person waitlisted = register(id, single, "Wilma", "Warte", "Wartburg e. V.", null, Hold.confirmed(), before);
        Person unconfirmed =
                register(id, paid, "Gesa", "Gast", null, null, Hold.until(DOORS_OPEN.plus(Duration.ofDays(1))), before);
        Person approval =
                register(id, reduced, "Anna", "Azubi", "Berufsschule Harburg", null, Hold.awaitingApproval(), before);

        String otherTitle = "Fachkongress Vorjahr " + suffix;
        long other = congress(otherTitle, DAY.minusYears(1), CongressStatus.REGISTRATION_CLOSED);
        long otherCategory = category(other, "Nichtmitglied", new BigDecimal("79.00"), 50, false);
        Person otherGuest = register(
                other,
                otherCategory,
                "Otto",
                "Vorjahr",
                null,
                null,
                Hold.confirmed(),
                before.minus(Duration.ofDays(365)));
        return new Door(
                id,
                "Fachkongress Einlass " + suffix,
                workshopTitle,
                room,
                fullTitle,
                confirmed,
                freePerson,
                waitingForWorkshop,
                cancelled,
                waitlisted,
                unconfirmed,
                approval,
                other,
                otherTitle,
                otherGuest);
    }

    /** A published congress on {@link #DAY} with that many confirmed registrations (for races). */
    public long congressWithConfirmed(int people) {
        return congressWithConfirmed(DAY, people);
    }

    /** A published congress on the day of that moment in Hamburg, with one confirmed registration. */
    public long congressOn(Instant moment) {
        return congressWithConfirmed(moment.atZone(CongressTime.ZONE).toLocalDate(), 1);
    }

    private long congressWithConfirmed(LocalDate day, int people) {
        long id = congress("Fachkongress Wettlauf " + UUID.randomUUID(), day, CongressStatus.PUBLISHED);
        long category = category(id, "Mitglied", BigDecimal.ZERO, Math.max(people, 1), false);
        for (int i = 0; i < people; i++) {
            register(
                    id,
                    category,
                    "Person",
                    "Nr. " + i,
                    null,
                    null,
                    Hold.confirmed(),
                    DOORS_OPEN.minus(Duration.ofDays(3)));
        }
        return id;
    }

    /** A member's confirmed registration in the congress's free category ("Mitglied"). */
    public Person registerMember(long congressId, long memberId, String firstName, String lastName) {
        long categoryId = fixture.categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).stream()
                .filter(category -> category.getName().equals("Mitglied"))
                .findFirst()
                .orElseThrow()
                .id();
        String code = TicketCodes.newCode();
        long registrationId = Objects.requireNonNull(fixture.transaction.execute(status -> {
            TicketCategory category = fixture.categories.findById(categoryId).orElseThrow();
            CongressRegistration registration = CongressRegistration.forMember(
                    congressId, categoryId, memberId, "m" + memberId + "@example.org", code);
            registration.setPerson(firstName, lastName, null);
            Congress locked = fixture.placement.lock(congressId);
            fixture.placement.register(
                    locked, registration, category, List.of(), Hold.confirmed(), DOORS_OPEN.minus(Duration.ofDays(5)));
            return registration.id();
        }));
        return new Person(registrationId, code, firstName, lastName);
    }

    /** The ticket codes of the congress's registrations. */
    public List<String> ticketCodes(long congressId) {
        return fixture.jdbc.query(
                "select ticket_code from congress_registration where congress_id = ? order by id",
                (row, number) -> Objects.requireNonNull(row.getString(1)),
                congressId);
    }

    public void setStatus(long congressId, CongressStatus status) {
        Congress congress = fixture.congresses.findById(congressId).orElseThrow();
        congress.setStatus(status);
        fixture.congresses.saveAndFlush(congress);
    }

    /** A draft congress on {@link #DAY}. */
    public long draft() {
        return congress("Fachkongress Entwurf " + UUID.randomUUID(), DAY, CongressStatus.DRAFT);
    }

    private long congress(String title, LocalDate day, CongressStatus status) {
        Congress congress = new Congress(title, day, 1, 100);
        congress.setVenueName("Handelskammer Hamburg");
        congress.setRegistrationWindow(
                day.atStartOfDay(CongressTime.ZONE).toInstant().minus(Duration.ofDays(60)),
                day.atStartOfDay(CongressTime.ZONE).toInstant().minus(Duration.ofDays(1)));
        congress.setCancellationDeadline(
                day.atStartOfDay(CongressTime.ZONE).toInstant().minus(Duration.ofDays(3)));
        congress.setStatus(status);
        return fixture.congresses.saveAndFlush(congress).id();
    }

    private long category(long congressId, String name, BigDecimal price, int quota, boolean approval) {
        TicketCategory category = new TicketCategory(congressId, name, price, price.signum() > 0 ? 19 : 0, quota);
        category.setApprovalRequired(approval);
        return fixture.categories.saveAndFlush(category).id();
    }

    private long session(long congressId, long slotId, String room, String title, int capacity) {
        long roomId = fixture.rooms
                .saveAndFlush(new CongressRoom(congressId, room, 40))
                .id();
        CongressSession session = new CongressSession(congressId, slotId, roomId, SessionType.WORKSHOP, title);
        session.setCapacity(capacity);
        return fixture.sessions.saveAndFlush(session).id();
    }

    private Person register(
            long congressId,
            long categoryId,
            String firstName,
            String lastName,
            @Nullable String organisation,
            @Nullable String dietaryNeeds,
            Hold hold,
            Instant now,
            SessionWish... wishes) {
        String code = TicketCodes.newCode();
        long registrationId = Objects.requireNonNull(fixture.transaction.execute(status -> {
            TicketCategory category = fixture.categories.findById(categoryId).orElseThrow();
            CongressRegistration registration = CongressRegistration.forGuest(
                    congressId,
                    categoryId,
                    firstName.toLowerCase(java.util.Locale.ROOT) + "." + UUID.randomUUID() + "@example.org",
                    code);
            registration.setPerson(firstName, lastName, organisation);
            registration.setNeeds(dietaryNeeds, null, dietaryNeeds == null ? null : now);
            registration.setBillingAddress(null, "Adolphsplatz 1", "20457", "Hamburg");
            Congress locked = fixture.placement.lock(congressId);
            fixture.placement.register(locked, registration, category, List.of(wishes), hold, now);
            return registration.id();
        }));
        return new Person(registrationId, code, firstName, lastName);
    }
}
