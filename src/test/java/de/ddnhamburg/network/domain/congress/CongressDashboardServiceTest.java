package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.CongressDashboard.DayCount;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The admins' dashboard adds up what the tables hold, and what check-in and invoices say. */
@IntegrationTest
class CongressDashboardServiceTest {

    /** 10:00 in Hamburg on 20 February 2027. */
    private static final Instant DAY_ONE = Instant.parse("2027-02-20T09:00:00Z");

    @Autowired
    PlacementFixture fixture;

    @Autowired
    CongressDashboardService dashboards;

    @Autowired
    CongressRepository congresses;

    @Autowired
    CongressSlotRepository slots;

    @Autowired
    CongressRoomRepository rooms;

    @Autowired
    CongressCatalogue catalogue;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    private long congress;
    private long free;
    private long paid;
    private long slot;
    private long small;
    private long large;

    @BeforeEach
    void setUp() {
        clock.set(DAY_ONE.plus(Duration.ofDays(3)));
        congress = fixture.congress(100);
        free = fixture.category(congress, 2);
        TicketCategory costs = new TicketCategory(congress, "Nichtmitglied", new BigDecimal("89.00"), 19, 50);
        paid = fixture.categories.saveAndFlush(costs).id();
        slot = fixture.slot(congress, 1);
        small = fixture.workshop(congress, slot, 1);
        large = fixture.workshop(congress, slot, 20);
        SecurityTestSupport.signIn(testMembers.admin());
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void counts_by_category_and_status_seats_per_workshop_and_registrations_per_hamburg_day() {
        long first = register(free, small, Hold.confirmed(), DAY_ONE);
        register(free, large, Hold.confirmed(), DAY_ONE.plus(Duration.ofHours(13)));
        register(free, small, Hold.confirmed(), DAY_ONE.plus(Duration.ofDays(2)));
        long buyer = register(paid, small, Hold.confirmed(), DAY_ONE.plus(Duration.ofDays(2)));
        register(paid, large, Hold.awaitingApproval(), DAY_ONE.plus(Duration.ofDays(2)));
        register(paid, large, Hold.until(DAY_ONE.plus(Duration.ofDays(5))), DAY_ONE.plus(Duration.ofDays(2)));
        long leaver = register(paid, large, Hold.confirmed(), DAY_ONE.plus(Duration.ofDays(2)));
        fixture.on(leaver, (locked, registration) -> fixture.placement.cancel(locked, registration, clock.instant()));

        CongressDashboard board = dashboards.dashboard(congress);

        assertThat(board.taken()).isEqualTo(5);
        assertThat(board.capacity()).isEqualTo(100);
        CongressDashboard.CategoryCounts freeCounts = board.categories().stream()
                .filter(category -> category.categoryId() == free)
                .findFirst()
                .orElseThrow();
        assertThat(freeCounts.count(CongressRegistrationStatus.CONFIRMED)).isEqualTo(2);
        assertThat(freeCounts.count(CongressRegistrationStatus.WAITLISTED)).isEqualTo(1);
        assertThat(board.total(CongressRegistrationStatus.AWAITING_APPROVAL)).isEqualTo(1);
        assertThat(board.total(CongressRegistrationStatus.UNCONFIRMED)).isEqualTo(1);
        assertThat(board.total(CongressRegistrationStatus.CANCELLED)).isEqualTo(1);
        assertThat(board.workshops())
                .extracting(
                        CongressDashboard.WorkshopSeats::sessionId,
                        CongressDashboard.WorkshopSeats::taken,
                        CongressDashboard.WorkshopSeats::free,
                        CongressDashboard.WorkshopSeats::waiting)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(small, 1, 0, 1),
                        org.assertj.core.groups.Tuple.tuple(large, 3, 17, 0));
        // 23:00 in Hamburg on the first day is still that day; the day between has none.
        assertThat(board.perDay())
                .containsExactly(
                        new DayCount(LocalDate.of(2027, 2, 20), 2),
                        new DayCount(LocalDate.of(2027, 2, 21), 0),
                        new DayCount(LocalDate.of(2027, 2, 22), 5));
        // Without the invoices, all that confirmed paid registrations cost is open.
        assertThat(board.revenue()).singleElement().satisfies(revenue -> {
            assertThat(revenue.categoryId()).isEqualTo(paid);
            assertThat(revenue.confirmed()).isOne();
            assertThat(revenue.open()).isEqualByComparingTo("89.00");
            assertThat(revenue.paid()).isEqualByComparingTo("0");
        });
        assertThat(board.checkIn()).isEqualTo(new CongressDashboard.CheckInProgress(0, 3));
        assertThat(first).isPositive();
        assertThat(buyer).isPositive();
    }

    @Test
    void paid_and_checked_in_come_from_the_invoices_and_the_check_in() {
        long arrived = register(free, large, Hold.confirmed(), DAY_ONE);
        long buyer = register(paid, large, Hold.confirmed(), DAY_ONE);
        register(paid, large, Hold.confirmed(), DAY_ONE);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("payments", CongressRegistrationListServiceTest.paying(Map.of(buyer, DAY_ONE)));
        beans.addBean("checkIns", (CongressCheckInLookup) id -> Map.of(arrived, DAY_ONE, 999_999_999L, DAY_ONE));
        CongressDashboardService withHooks = new CongressDashboardService(
                congresses,
                fixture.registrations,
                fixture.sessions,
                fixture.choices,
                slots,
                rooms,
                catalogue,
                new CongressHooks(
                        beans.getBeanProvider(CongressCheckInLookup.class),
                        beans.getBeanProvider(PaymentStatusLookup.class)));

        CongressDashboard board = withHooks.dashboard(congress);

        assertThat(board.revenue()).singleElement().satisfies(revenue -> {
            assertThat(revenue.paid()).isEqualByComparingTo("89.00");
            assertThat(revenue.open()).isEqualByComparingTo("89.00");
            assertThat(revenue.total()).isEqualByComparingTo("178.00");
        });
        assertThat(board.checkIn()).isEqualTo(new CongressDashboard.CheckInProgress(1, 3));
        assertThat(board.paymentsRecorded()).isTrue();
        // The application's own hook is the invoices, which record payments.
        assertThat(dashboards.dashboard(congress).paymentsRecorded()).isTrue();
    }

    @Test
    void no_registrations_no_days() {
        assertThat(dashboards.dashboard(congress).perDay()).isEmpty();
        assertThat(CongressDashboardService.perDay(List.of(DAY_ONE)))
                .containsExactly(new DayCount(LocalDate.of(2027, 2, 20), 1));
    }

    private long register(long category, long session, Hold hold, Instant at) {
        return fixture.register(congress, category, List.of(new SessionWish(slot, session, null)), hold, at)
                .id();
    }
}
