package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A congress with people in it, for the tests of printing and exporting outside this package: three
 * categories (a free one, speakers, a reduced one that needs approval), a workshop slot with a small
 * (one seat) and a large workshop, and a keynote alone in a later slot. People are placed through
 * the placement, as the registration services would, and then given their names and answers.
 */
@Component
public class RosterScenario {

    /** The congress's day; its last slot ends at 11:50 UTC. */
    public static final Instant START = PlacementFixture.START;

    public static final Instant BEFORE = START.minus(Duration.ofDays(10));
    public static final Instant AFTER = START.plus(Duration.ofDays(1));

    public record Congress(
            long id,
            String title,
            long memberCategory,
            long speakerCategory,
            long reducedCategory,
            long workshopSlot,
            long smallWorkshop,
            long largeWorkshop,
            long keynote,
            String smallTitle,
            String largeTitle,
            String keynoteTitle) {

        public SessionWish small(@Nullable Long secondChoice) {
            return new SessionWish(workshopSlot, smallWorkshop, secondChoice);
        }

        public SessionWish large() {
            return new SessionWish(workshopSlot, largeWorkshop, null);
        }
    }

    /** Who registers, and what they answered. */
    public record Person(
            String firstName,
            String lastName,
            @Nullable String organisation,
            @Nullable String dietaryNeeds,
            @Nullable String accessibilityNeeds,
            String language) {

        public static Person named(String firstName, String lastName, @Nullable String organisation) {
            return new Person(firstName, lastName, organisation, null, null, "de");
        }

        public Person eating(String dietary) {
            return new Person(firstName, lastName, organisation, dietary, accessibilityNeeds, language);
        }

        public Person needing(String accessibility) {
            return new Person(firstName, lastName, organisation, dietaryNeeds, accessibility, language);
        }

        public Person speaking(String newLanguage) {
            return new Person(firstName, lastName, organisation, dietaryNeeds, accessibilityNeeds, newLanguage);
        }
    }

    private final PlacementFixture fixture;

    RosterScenario(PlacementFixture fixture) {
        this.fixture = fixture;
    }

    public Congress congress() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        de.ddnhamburg.network.domain.congress.Congress congress = new de.ddnhamburg.network.domain.congress.Congress(
                "Fachkongress Lernen und Arbeiten " + suffix, LocalDate.of(2027, 3, 1), 1, 100);
        congress.setSubtitle("Zukunft gestalten");
        congress.setVenueName("Handelskammer Hamburg");
        congress.setVenueAddress("Adolphsplatz 1, 20457 Hamburg");
        congress.setContact("Katrin Albers", "kongress@example.org");
        congress.setRegistrationWindow(START.minus(Duration.ofDays(30)), START);
        congress.setCancellationDeadline(START);
        congress.setStatus(CongressStatus.PUBLISHED);
        long id = fixture.congresses.saveAndFlush(congress).id();
        long member = category(id, "Mitglied", false, 1);
        long speaker = category(id, "Referent:in", false, 2);
        long reduced = category(id, "Ermäßigt", true, 3);
        long slot = fixture.slot(id, 1);
        String smallTitle = "Älterwerden im Beruf " + suffix;
        String largeTitle = "Digitale Arbeit " + suffix;
        long small = session(id, slot, smallTitle, SessionType.WORKSHOP, 1);
        long large = session(id, slot, largeTitle, SessionType.WORKSHOP, 10);
        long keynoteSlot = fixture.slot(id, 3);
        String keynoteTitle = "Keynote: Arbeit im Wandel " + suffix;
        long keynote = session(id, keynoteSlot, keynoteTitle, SessionType.KEYNOTE, null);
        return new Congress(
                id,
                congress.getTitle(),
                member,
                speaker,
                reduced,
                slot,
                small,
                large,
                keynote,
                smallTitle,
                largeTitle,
                keynoteTitle);
    }

    /** A confirmed registration with the given wishes. */
    public long register(Congress congress, long categoryId, Person person, SessionWish... wishes) {
        return register(congress, categoryId, person, Hold.confirmed(), wishes);
    }

    public long register(Congress congress, long categoryId, Person person, Hold hold, SessionWish... wishes) {
        long id = fixture.register(congress.id(), categoryId, List.of(wishes), hold, BEFORE)
                .id();
        CongressRegistration registration = fixture.registrations.findById(id).orElseThrow();
        registration.setPerson(person.firstName(), person.lastName(), person.organisation());
        registration.setNeeds(
                person.dietaryNeeds(),
                person.accessibilityNeeds(),
                person.dietaryNeeds() == null && person.accessibilityNeeds() == null ? null : BEFORE);
        registration.setLanguage(person.language());
        fixture.registrations.saveAndFlush(registration);
        return id;
    }

    /** Makes the registration the member's own, as if the member had registered. */
    public void belongTo(long registrationId, long memberId) {
        fixture.jdbc.update(
                "update congress_registration set member_id = ?, person_key = ? where id = ?",
                memberId,
                "m:" + memberId,
                registrationId);
    }

    public void cancel(long registrationId) {
        fixture.on(registrationId, (locked, registration) -> {
            Moves moves = fixture.placement.cancel(locked, registration, BEFORE);
            registration.setCancelledAt(BEFORE);
            fixture.registrations.saveAndFlush(registration);
            return moves;
        });
    }

    public String ticketCode(long registrationId) {
        return fixture.registrations.findById(registrationId).orElseThrow().getTicketCode();
    }

    public String status(long registrationId) {
        return fixture.status(registrationId);
    }

    private long category(long congressId, String name, boolean approval, int order) {
        TicketCategory category = new TicketCategory(congressId, name, BigDecimal.ZERO, 0, 50);
        category.setApprovalRequired(approval);
        category.setSortOrder(order);
        return fixture.categories.saveAndFlush(category).id();
    }

    private long session(long congressId, long slotId, String title, SessionType type, @Nullable Integer capacity) {
        long roomId = fixture.rooms
                .saveAndFlush(new CongressRoom(
                        congressId, "Raum " + UUID.randomUUID().toString().substring(0, 6), 100))
                .id();
        CongressSession session = new CongressSession(congressId, slotId, roomId, type, title);
        session.setCapacity(capacity);
        return fixture.sessions.saveAndFlush(session).id();
    }
}
