package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A congress as the registration pages meet it, for tests outside this package (the entities are
 * package-private): a members' category for free, a paid one for everybody, a reduced one that needs
 * approval and a speakers' one behind a code; one slot with a choice of a small and a large workshop,
 * and a keynote alone in a later slot (no choice).
 */
@Component
public class RegistrationScenario {

    /** The congress's first day; the tests' clock stands ten days before it. */
    public static final Instant START = Instant.parse("2027-03-01T08:00:00Z");

    public static final Instant NOW = START.minus(Duration.ofDays(10));
    public static final String SPEAKER_CODE = "REDE-2027";

    /** What a test needs to know of the congress it got. */
    public record Congress(
            long id,
            String title,
            long memberCategory,
            long paidCategory,
            long reducedCategory,
            long speakerCategory,
            long slot,
            long smallWorkshop,
            long largeWorkshop,
            String smallTitle,
            String largeTitle) {}

    private final PlacementFixture fixture;

    RegistrationScenario(PlacementFixture fixture) {
        this.fixture = fixture;
    }

    /** A published congress open for registration at {@link #NOW}; the small workshop has one seat. */
    public Congress published() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        de.ddnhamburg.network.domain.congress.Congress congress = new de.ddnhamburg.network.domain.congress.Congress(
                "Fachkongress " + suffix, LocalDate.of(2027, 3, 1), 1, 100);
        congress.setSubtitle("Lernen und Arbeiten");
        congress.setVenueName("Handelskammer Hamburg");
        congress.setRegistrationWindow(START.minus(Duration.ofDays(30)), START);
        congress.setCancellationDeadline(START.minus(Duration.ofDays(3)));
        congress.setStatus(CongressStatus.PUBLISHED);
        long id = fixture.congresses.saveAndFlush(congress).id();
        long member = category(id, "Mitglied", BigDecimal.ZERO, TicketEligibility.MEMBERS, null, false, 1);
        long paid = category(id, "Nichtmitglied", new BigDecimal("89.00"), TicketEligibility.EVERYONE, null, false, 2);
        long reduced = category(id, "ermäßigt", new BigDecimal("39.00"), TicketEligibility.EVERYONE, null, true, 3);
        long speaker =
                category(id, "Referent:in", BigDecimal.ZERO, TicketEligibility.ACCESS_CODE, SPEAKER_CODE, false, 4);
        long slot = fixture.slot(id, 1);
        String smallTitle = "Kleiner Workshop " + suffix;
        String largeTitle = "Großer Workshop " + suffix;
        long small = session(id, slot, smallTitle, 1);
        long large = session(id, slot, largeTitle, 20);
        long keynoteSlot = fixture.slot(id, 3);
        session(id, keynoteSlot, "Keynote " + suffix, null);
        return new Congress(
                id, congress.getTitle(), member, paid, reduced, speaker, slot, small, large, smallTitle, largeTitle);
    }

    /** Somebody else takes the small workshop's only seat (as another guest would meanwhile). */
    public void fillSmallWorkshop(Congress congress) {
        fixture.register(
                congress.id(),
                congress.paidCategory(),
                NOW,
                new SessionWish(congress.slot(), congress.smallWorkshop(), null));
    }

    /**
     * A guest's registration placed as the registration services would (a place, or the category's
     * waiting list), with a name of its own; {@code workshop} is chosen in the workshop slot.
     */
    public long register(
            Congress congress,
            long categoryId,
            String firstName,
            String lastName,
            @org.jspecify.annotations.Nullable Long workshop,
            Hold hold) {
        List<SessionWish> wishes =
                workshop == null ? List.of() : List.of(new SessionWish(congress.slot(), workshop, null));
        long id = fixture.register(congress.id(), categoryId, wishes, hold, NOW).id();
        fixture.jdbc.update(
                "update congress_registration set first_name = ?, last_name = ? where id = ?", firstName, lastName, id);
        return id;
    }

    /** The category's quota, at least the places taken. */
    public void quota(long categoryId, int quota) {
        fixture.jdbc.update("update ticket_category set quota = ? where id = ?", quota, categoryId);
    }

    public int taken(String table, long id) {
        return fixture.taken(table, id);
    }

    public @org.jspecify.annotations.Nullable String choiceStatus(long registrationId, long slotId) {
        PlacementFixture.Choice choice = fixture.choice(registrationId, slotId);
        return choice == null ? null : choice.status() + ":" + choice.sessionId();
    }

    public void setStatus(long congressId, CongressStatus status) {
        de.ddnhamburg.network.domain.congress.Congress congress =
                fixture.congresses.findById(congressId).orElseThrow();
        congress.setStatus(status);
        fixture.congresses.saveAndFlush(congress);
    }

    public void setRegistrationWindow(long congressId, Instant opensAt, Instant closesAt) {
        de.ddnhamburg.network.domain.congress.Congress congress =
                fixture.congresses.findById(congressId).orElseThrow();
        congress.setRegistrationWindow(opensAt, closesAt);
        fixture.congresses.saveAndFlush(congress);
    }

    public String status(long registrationId) {
        return fixture.status(registrationId);
    }

    public List<Long> waitingForSession(long sessionId) {
        return fixture.waitingForSession(sessionId);
    }

    private long category(
            long congressId,
            String name,
            BigDecimal price,
            TicketEligibility eligibility,
            @org.jspecify.annotations.Nullable String code,
            boolean approval,
            int order) {
        TicketCategory category = new TicketCategory(congressId, name, price, price.signum() > 0 ? 19 : 0, 50);
        category.setDescription("Für alle, die " + name + " sind");
        category.setEligibility(eligibility, code);
        category.setApprovalRequired(approval);
        category.setSortOrder(order);
        return fixture.categories.saveAndFlush(category).id();
    }

    private long session(
            long congressId, long slotId, String title, @org.jspecify.annotations.Nullable Integer capacity) {
        long roomId = fixture.rooms
                .saveAndFlush(new CongressRoom(
                        congressId, "Raum " + UUID.randomUUID().toString().substring(0, 6), 100))
                .id();
        CongressSession session = new CongressSession(
                congressId, slotId, roomId, capacity == null ? SessionType.KEYNOTE : SessionType.WORKSHOP, title);
        session.setCapacity(capacity);
        return fixture.sessions.saveAndFlush(session).id();
    }
}
