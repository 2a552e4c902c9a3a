package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Editions: who may edit them, their rules, their life and "copy from last year". */
@IntegrationTest
class CongressEditionServiceTest {

    @Autowired
    CongressEditionService editions;

    @Autowired
    CongressLifecycleService lifecycle;

    @Autowired
    CongressReadService reader;

    @Autowired
    TestMembers testMembers;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void members_and_guests_may_not_create_edit_or_publish() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, false);

        assertThatThrownBy(() -> editions.create(Congresses.draft(clock)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        Acting.run(testMembers.member(), () -> {
            assertThatThrownBy(() -> editions.create(Congresses.draft(clock)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editions.details(built.congressId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifecycle.publish(built.congressId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            lifecycle.copy(built.congressId(), LocalDate.now().plusYears(1)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void every_broken_rule_is_reported_at_its_field() {
        CongressDraft valid = Congresses.draft(clock);
        CongressDraft broken = new CongressDraft(
                " ",
                null,
                null,
                valid.firstDay(),
                4,
                "Ort",
                "",
                valid.registrationClosesAt(),
                valid.registrationOpensAt(),
                java.util.Objects.requireNonNull(valid.firstDay())
                        .plusDays(2)
                        .atStartOfDay(ZoneId.of("Europe/Berlin"))
                        .toInstant(),
                0,
                "Katrin Albers",
                "keine-adresse");

        InvalidInputException e = Acting.as(testMembers.admin(), () ->
                (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> editions.create(broken)));

        assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        CongressRules.TITLE,
                        CongressRules.DAY_COUNT,
                        CongressRules.VENUE_ADDRESS,
                        CongressRules.CLOSES,
                        CongressRules.CANCELLATION,
                        CongressRules.CAPACITY,
                        CongressRules.CONTACT_EMAIL);
        assertThat(e.problem(CongressRules.CLOSES).orElseThrow().messageKey()).isEqualTo("congress.validation.window");
    }

    @Test
    void only_a_published_or_closed_edition_is_visible_to_guests_and_members() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, false);
        long id = built.congressId();

        assertThatThrownBy(() -> reader.page(id)).isInstanceOf(NotFoundException.class);
        Acting.run(
                testMembers.member(),
                () -> assertThatThrownBy(() -> reader.page(id)).isInstanceOf(NotFoundException.class));
        assertThat(Acting.as(testMembers.admin(), () -> reader.page(id)).status())
                .isEqualTo(CongressStatus.DRAFT);
        assertThat(reader.published()).extracting(CongressCard::id).doesNotContain(id);

        Acting.run(testMembers.admin(), () -> lifecycle.publish(id));
        assertThat(reader.page(id).registrationOpen()).isTrue();
        assertThat(reader.published()).extracting(CongressCard::id).contains(id);

        Acting.run(testMembers.admin(), () -> lifecycle.closeRegistration(id));
        assertThat(reader.page(id).registrationOpen()).isFalse();
        assertThat(Acting.as(testMembers.member(), () -> reader.page(id)).status())
                .isEqualTo(CongressStatus.REGISTRATION_CLOSED);

        Acting.run(testMembers.admin(), () -> lifecycle.archive(id));
        assertThatThrownBy(() -> reader.page(id)).isInstanceOf(NotFoundException.class);
        assertThat(reader.published()).extracting(CongressCard::id).doesNotContain(id);
        Acting.run(
                testMembers.admin(),
                () -> assertThatThrownBy(
                                () -> editions.update(id, editions.edit(id).version(), Congresses.draft(clock)))
                        .isInstanceOf(DomainException.class)
                        .hasMessage("congress.archived"));
    }

    @Test
    void publishing_needs_a_ticket_category() {
        long id = Acting.as(testMembers.admin(), () -> editions.create(Congresses.draft(clock)));

        Acting.run(
                testMembers.admin(),
                () -> assertThatThrownBy(() -> lifecycle.publish(id))
                        .isInstanceOf(DomainException.class)
                        .hasMessage("congress.publish.noCategory"));
    }

    @Test
    void capacity_cannot_go_below_the_places_taken_and_a_stale_form_is_refused() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        long id = built.congressId();
        jdbc.update("update congress set taken = 40 where id = ?", id);
        CongressDraft draft = Congresses.draft(clock);
        CongressDraft smaller = new CongressDraft(
                draft.title(),
                draft.subtitle(),
                draft.description(),
                editionOf(id),
                1,
                draft.venueName(),
                draft.venueAddress(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.cancellationDeadline(),
                39,
                draft.contactName(),
                draft.contactEmail());

        Acting.run(testMembers.admin(), () -> {
            long version = editions.edit(id).version();
            assertThatThrownBy(() -> editions.update(id, version, smaller))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problem(CongressRules.CAPACITY))
                                    .hasValueSatisfying(problem ->
                                            assertThat(problem.arguments()).containsExactly(40)));
            CongressEdit saved = editions.update(id, version, withCapacity(smaller, 40));
            assertThat(saved.draft().capacity()).isEqualTo(40);
            assertThatThrownBy(() -> editions.update(id, version, withCapacity(smaller, 50)))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("congress.edit.stale");
        });
    }

    @Test
    void a_new_first_day_moves_the_slot_grid_with_the_same_hamburg_times() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, false);
        long id = built.congressId();
        CongressDraft before =
                Acting.as(testMembers.admin(), () -> editions.edit(id).draft());
        LocalDate later = java.util.Objects.requireNonNull(before.firstDay()).plusDays(10);

        Acting.run(
                testMembers.admin(),
                () -> editions.update(id, editions.edit(id).version(), withFirstDay(before, later)));

        List<SlotItem> slots =
                Acting.as(testMembers.admin(), () -> editions.details(id).slots());
        assertThat(slots).first().satisfies(slot -> {
            assertThat(slot.toDraft().starts()).isEqualTo(LocalTime.of(9, 0));
            assertThat(slot.startsAt().atZone(CongressTime.ZONE).toLocalDate()).isEqualTo(later);
        });
    }

    @Test
    void copy_from_last_year_is_a_draft_with_categories_rooms_and_slots_on_the_new_date_but_no_sessions() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        jdbc.update("update ticket_category set taken = 3 where id = ?", built.categoryId());
        CongressAdminDetails source = Acting.as(testMembers.admin(), () -> editions.details(built.congressId()));
        LocalDate nextYear = firstDayOf(source).plusYears(1);

        long copyId = Acting.as(testMembers.admin(), () -> lifecycle.copy(built.congressId(), nextYear));

        CongressAdminDetails copy = Acting.as(testMembers.admin(), () -> editions.details(copyId));
        assertThat(copy.edition().status()).isEqualTo(CongressStatus.DRAFT);
        assertThat(copy.edition().taken()).isZero();
        assertThat(copy.edition().draft().firstDay()).isEqualTo(nextYear);
        assertThat(copy.categories()).singleElement().satisfies(category -> {
            assertThat(category.name()).isEqualTo("Nichtmitglied");
            assertThat(category.priceGross()).isEqualByComparingTo("89.00");
            assertThat(category.taken()).isZero();
        });
        assertThat(copy.rooms())
                .extracting(RoomItem::name)
                .containsExactlyInAnyOrder("Saal", "Raum Elbe", "Raum Alster");
        assertThat(copy.slots())
                .hasSize(2)
                .allSatisfy(slot -> assertThat(
                                slot.startsAt().atZone(CongressTime.ZONE).toLocalDate())
                        .isEqualTo(nextYear));
        assertThat(copy.slots())
                .extracting(slot -> slot.toDraft().starts())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(10, 30));
        assertThat(copy.sessions()).isEmpty();
        assertThat(copy.speakers()).isEmpty();
        assertThat(copy.edition().draft().registrationClosesAt())
                .isEqualTo(java.util.Objects.requireNonNull(
                                source.edition().draft().registrationClosesAt())
                        .atZone(CongressTime.ZONE)
                        .plusDays(java.time.temporal.ChronoUnit.DAYS.between(firstDayOf(source), nextYear))
                        .toInstant());
        Acting.run(
                testMembers.admin(),
                () -> assertThatThrownBy(() -> lifecycle.copy(built.congressId(), firstDayOf(source)))
                        .isInstanceOf(InvalidInputException.class));
    }

    private static LocalDate firstDayOf(CongressAdminDetails details) {
        return java.util.Objects.requireNonNull(details.edition().draft().firstDay());
    }

    private LocalDate editionOf(long id) {
        return Acting.as(
                testMembers.admin(),
                () -> java.util.Objects.requireNonNull(editions.edit(id).draft().firstDay()));
    }

    private static CongressDraft withCapacity(CongressDraft draft, int capacity) {
        return new CongressDraft(
                draft.title(),
                draft.subtitle(),
                draft.description(),
                draft.firstDay(),
                draft.dayCount(),
                draft.venueName(),
                draft.venueAddress(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.cancellationDeadline(),
                capacity,
                draft.contactName(),
                draft.contactEmail());
    }

    private static CongressDraft withFirstDay(CongressDraft draft, LocalDate day) {
        return new CongressDraft(
                draft.title(),
                draft.subtitle(),
                draft.description(),
                day,
                draft.dayCount(),
                draft.venueName(),
                draft.venueAddress(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.cancellationDeadline(),
                draft.capacity(),
                draft.contactName(),
                draft.contactEmail());
    }
}
