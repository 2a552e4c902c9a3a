package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.mail.OutboxAdministration;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admins' list of registrations: search, filters, paging in the database, and one in full. */
@IntegrationTest
class CongressRegistrationListServiceTest {

    @Autowired
    PlacementFixture fixture;

    @Autowired
    CongressRegistrationListService list;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    CongressRepository congresses;

    @Autowired
    CongressCatalogue catalogue;

    @Autowired
    CongressRegistrations shared;

    @Autowired
    AuditService audit;

    @Autowired
    OutboxAdministration outbox;

    private long congress;
    private long free;
    private long paid;
    private long slot;
    private long small;
    private long ada;
    private long grace;
    private long katherine;
    private long hedy;

    @BeforeEach
    void setUp() {
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        congress = fixture.congress(100);
        free = fixture.category(congress, 50);
        TicketCategory costs = new TicketCategory(congress, "Nichtmitglied", new BigDecimal("89.00"), 19, 50);
        paid = fixture.categories.saveAndFlush(costs).id();
        slot = fixture.slot(congress, 1);
        small = fixture.workshop(congress, slot, 1);
        long large = fixture.workshop(congress, slot, 20);
        ada = person(register(free, large, Hold.confirmed(), 3), "Ada", "Lovelace", "Analytical Engines GmbH");
        grace = person(register(paid, small, Hold.confirmed(), 2), "Grace", "Hopper", "Navy");
        katherine = person(register(paid, large, Hold.awaitingApproval(), 1), "Katherine", "Johnson", null);
        hedy = person(register(free, large, Hold.confirmed(), 0), "Hedy", "Lamarr", "Funk 100% AG");
        fixture.on(hedy, (locked, registration) -> fixture.placement.cancel(locked, registration, clock.instant()));
        SecurityTestSupport.signIn(testMembers.admin());
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void search_finds_by_full_name_organisation_address_and_ticket_code_case_insensitively() {
        assertThat(ids(filter("ADA love"))).containsExactly(ada);
        assertThat(ids(filter("navy"))).containsExactly(grace);
        assertThat(ids(filter(email(katherine).substring(1, 12)))).containsExactly(katherine);
        assertThat(ids(filter(ticketCode(hedy).toLowerCase(java.util.Locale.ROOT))))
                .containsExactly(hedy);
        assertThat(ids(filter("100%"))).containsExactly(hedy);
        assertThat(ids(filter("%"))).containsExactly(hedy);
        assertThat(ids(filter("nobody"))).isEmpty();
    }

    @Test
    void filters_by_category_status_and_workshop_combine() {
        assertThat(ids(new AdminRegistrationFilter(null, paid, null, null, null, null)))
                .containsExactlyInAnyOrder(grace, katherine);
        assertThat(ids(new AdminRegistrationFilter(
                        null, null, CongressRegistrationStatus.AWAITING_APPROVAL, null, null, null)))
                .containsExactly(katherine);
        assertThat(ids(new AdminRegistrationFilter(null, null, null, small, null, null)))
                .containsExactly(grace);
        assertThat(ids(new AdminRegistrationFilter("a", free, CongressRegistrationStatus.CANCELLED, null, null, null)))
                .containsExactly(hedy);
        assertThat(list.count(congress, new AdminRegistrationFilter(null, paid, null, null, null, null)))
                .isEqualTo(2);
    }

    @Test
    void pages_come_from_the_database_in_the_order_asked_for_newest_first_by_default() {
        PageRequest byName = PageRequest.of(0, 2, Sort.by("name"));

        assertThat(list.page(congress, AdminRegistrationFilter.all(), byName))
                .extracting(AdminRegistrationRow::name)
                .containsExactly("Grace Hopper", "Katherine Johnson");
        assertThat(list.page(congress, AdminRegistrationFilter.all(), byName.next()))
                .extracting(AdminRegistrationRow::name)
                .containsExactly("Hedy Lamarr", "Ada Lovelace");
        assertThat(list.page(
                        congress, AdminRegistrationFilter.all(), PageRequest.of(0, 10, Sort.by("ticketCode; drop"))))
                .extracting(AdminRegistrationRow::id)
                .containsExactly(hedy, katherine, grace, ada);
        assertThat(list.count(congress, AdminRegistrationFilter.all())).isEqualTo(4);
        AdminRegistrationRow row = list.page(
                        congress,
                        new AdminRegistrationFilter("grace", null, null, null, null, null),
                        PageRequest.of(0, 5))
                .getFirst();
        assertThat(row.categoryName()).isEqualTo("Nichtmitglied");
        // The invoices track payments: a paid category's ticket not marked paid is open.
        assertThat(row.payment()).isEqualTo(PaymentState.OPEN);
        assertThat(row.workshops()).singleElement().satisfies(mark -> {
            assertThat(mark.sessionId()).isEqualTo(small);
            assertThat(mark.status()).isEqualTo(ChoiceStatus.SEATED);
        });
    }

    @Test
    void payment_and_check_in_come_from_their_features_and_filter_the_list() {
        Instant paidAt = clock.instant();
        CongressRegistrationListService withHooks = withHooks(Map.of(grace, paidAt), Map.of(ada, paidAt));

        assertThat(withHooks.page(congress, payment(PaymentState.PAID), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(grace);
                    assertThat(row.payment()).isEqualTo(PaymentState.PAID);
                });
        assertThat(withHooks.page(congress, payment(PaymentState.OPEN), PageRequest.of(0, 10)))
                .extracting(AdminRegistrationRow::id)
                .containsExactly(katherine);
        assertThat(withHooks.page(congress, payment(PaymentState.NOT_DUE), PageRequest.of(0, 10)))
                .extracting(AdminRegistrationRow::id)
                .containsExactlyInAnyOrder(ada, hedy);
        assertThat(withHooks.page(congress, checkedIn(true), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(row -> assertThat(row.checkedInAt()).isEqualTo(paidAt));
        assertThat(withHooks.count(congress, checkedIn(false))).isEqualTo(3);
        assertThat(withHooks.count(congress, payment(PaymentState.UNKNOWN))).isZero();
        // The application's own hooks: the invoices know nobody paid yet, nobody is checked in.
        assertThat(list.count(congress, payment(PaymentState.PAID))).isZero();
        assertThat(list.page(congress, payment(PaymentState.OPEN), PageRequest.of(0, 10)))
                .extracting(AdminRegistrationRow::id)
                .containsExactlyInAnyOrder(grace, katherine);
        assertThat(list.count(congress, payment(PaymentState.UNKNOWN))).isZero();
        assertThat(list.count(congress, checkedIn(true))).isZero();
        assertThat(list.count(congress, checkedIn(false))).isEqualTo(4);
    }

    @Test
    void one_registration_in_full_is_audited_and_its_history_leaves_the_views_out() {
        AdminRegistrationDetails details = list.details(grace);
        list.details(grace);

        assertThat(details.registration().firstName()).isEqualTo("Grace");
        assertThat(details.registration().categoryName()).isEqualTo("Nichtmitglied");
        assertThat(details.registration().choices())
                .singleElement()
                .satisfies(choice -> assertThat(choice.sessionId()).isEqualTo(small));
        assertThat(details.payment()).isEqualTo(PaymentState.OPEN);
        assertThat(details.member()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where target = ? and action = 'CONGRESS_REGISTRATION_VIEWED'",
                        Integer.class,
                        CongressRegistrationAdminService.target(grace)))
                .isEqualTo(2);
        assertThat(list.details(grace).history())
                .extracting(RegistrationHistoryItem::kind)
                .containsExactly(RegistrationHistoryItem.Kind.REGISTERED, RegistrationHistoryItem.Kind.CONFIRMED);
    }

    @Test
    void a_mail_belongs_to_the_registration_its_fact_names() {
        assertThat(CongressRegistrationListService.namesRegistration("congress.changed:12:3", 12))
                .isTrue();
        assertThat(CongressRegistrationListService.namesRegistration("congress.cancelled:12", 12))
                .isTrue();
        assertThat(CongressRegistrationListService.namesRegistration("congress.session.cancelled:7:12", 12))
                .isTrue();
        assertThat(CongressRegistrationListService.namesRegistration("congress.session.cancelled:12:7", 12))
                .isFalse();
        assertThat(CongressRegistrationListService.namesRegistration("congress.member-address:12:x", 12))
                .isFalse();
        assertThat(CongressRegistrationListService.namesRegistration("congress.changed:123:3", 12))
                .isFalse();
        assertThat(CongressRegistrationListService.namesRegistration("event.registered:12", 12))
                .isFalse();
    }

    private CongressRegistrationListService withHooks(Map<Long, Instant> paidIds, Map<Long, Instant> checkedIn) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("payments", paying(paidIds));
        beans.addBean("checkIns", (CongressCheckInLookup) id -> checkedIn);
        return new CongressRegistrationListService(
                congresses,
                fixture.registrations,
                fixture.categories,
                fixture.sessions,
                fixture.choices,
                catalogue,
                shared,
                new CongressHooks(
                        beans.getBeanProvider(CongressCheckInLookup.class),
                        beans.getBeanProvider(PaymentStatusLookup.class)),
                audit,
                outbox);
    }

    private long register(long category, long session, Hold hold, int daysAgo) {
        return fixture.register(
                        congress,
                        category,
                        List.of(new SessionWish(slot, session, null)),
                        hold,
                        clock.instant().minus(Duration.ofDays(daysAgo)))
                .id();
    }

    private long person(long id, String first, String last, @Nullable String organisation) {
        jdbc.update(
                "update congress_registration set first_name = ?, last_name = ?, organisation = ? where id = ?",
                first,
                last,
                organisation,
                id);
        return id;
    }

    private List<Long> ids(AdminRegistrationFilter filter) {
        return list.page(congress, filter, PageRequest.of(0, 20)).stream()
                .map(AdminRegistrationRow::id)
                .toList();
    }

    private static AdminRegistrationFilter filter(String text) {
        return new AdminRegistrationFilter(text, null, null, null, null, null);
    }

    private static AdminRegistrationFilter payment(PaymentState state) {
        return new AdminRegistrationFilter(null, null, null, null, state, null);
    }

    private static AdminRegistrationFilter checkedIn(boolean checkedIn) {
        return new AdminRegistrationFilter(null, null, null, null, null, checkedIn);
    }

    private String email(long id) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select email from congress_registration where id = ?", String.class, id));
    }

    private String ticketCode(long id) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select ticket_code from congress_registration where id = ?", String.class, id));
    }

    /** The invoices as far as the congress asks them: these registrations are paid, the others open. */
    static PaymentStatusLookup paying(Map<Long, Instant> paidIds) {
        return new PaymentStatusLookup() {
            @Override
            public PaymentState stateOf(long registrationId) {
                return paidIds.containsKey(registrationId) ? PaymentState.PAID : PaymentState.OPEN;
            }

            @Override
            public Map<Long, Instant> paid(long congressId) {
                return paidIds;
            }
        };
    }
}
