package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Ticket categories, rooms, slots, sessions and speakers: the rules the admin services keep. */
@IntegrationTest
@RecordApplicationEvents
class CongressProgrammeServicesTest {

    @Autowired
    CongressCategoryService categories;

    @Autowired
    CongressScheduleService schedule;

    @Autowired
    CongressSessionService sessions;

    @Autowired
    CongressSpeakerService speakers;

    @Autowired
    CongressEditionService editions;

    @Autowired
    CongressReadService reader;

    @Autowired
    CongressRegistrationRepository registrations;

    @Autowired
    CongressSessionChoiceRepository choices;

    @Autowired
    TestMembers testMembers;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    private LoginAccount admin() {
        return testMembers.admin();
    }

    @Test
    void prices_are_exact_vat_is_0_7_or_19_and_a_code_category_needs_its_code() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, false);
        long id = built.congressId();

        long reduced = Acting.as(
                admin(),
                () -> categories.add(
                        id,
                        new TicketCategoryDraft(
                                "ermäßigt", "", new BigDecimal("39.9"), 7, 10, TicketEligibility.EVERYONE, "x", true)));
        TicketCategoryItem stored = Acting.as(admin(), () -> editions.details(id)).categories().stream()
                .filter(category -> category.id() == reduced)
                .findFirst()
                .orElseThrow();
        assertThat(stored.priceGross()).isEqualTo(new BigDecimal("39.90"));
        assertThat(stored.accessCode())
                .as("no code unless the category asks for one")
                .isNull();
        assertThat(stored.approvalRequired()).isTrue();

        InvalidInputException e = Acting.as(
                admin(),
                () -> (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> categories.add(
                        id,
                        new TicketCategoryDraft(
                                "Partner",
                                "",
                                new BigDecimal("-1"),
                                16,
                                0,
                                TicketEligibility.ACCESS_CODE,
                                " ",
                                false))));
        assertThat(e.problems())
                .extracting(problem -> problem.field())
                .containsExactlyInAnyOrder(
                        CongressRules.PRICE, CongressRules.VAT, CongressRules.QUOTA, CongressRules.ACCESS_CODE);
        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> categories.add(
                                id,
                                new TicketCategoryDraft(
                                        "nichtmitglied",
                                        "",
                                        BigDecimal.ONE,
                                        19,
                                        5,
                                        TicketEligibility.EVERYONE,
                                        null,
                                        false)))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                duplicate -> assertThat(duplicate.problem(CongressRules.NAME))
                                        .isPresent()));
    }

    @Test
    void a_quota_cannot_go_below_the_places_taken_and_a_change_is_announced_to_open_pages() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        jdbc.update("update ticket_category set taken = 12 where id = ?", built.categoryId());
        TicketCategoryDraft draft = new TicketCategoryDraft(
                "Nichtmitglied", "", new BigDecimal("89.00"), 19, 11, TicketEligibility.EVERYONE, null, false);
        events.clear();

        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> categories.update(built.categoryId(), draft))
                        .isInstanceOf(InvalidInputException.class));
        assertThat(events.stream(CongressPlacesChanged.class)).isEmpty();

        TicketCategoryItem raised = Acting.as(
                admin(),
                () -> categories.update(
                        built.categoryId(),
                        new TicketCategoryDraft(
                                "Nichtmitglied",
                                "",
                                new BigDecimal("89.00"),
                                19,
                                60,
                                TicketEligibility.EVERYONE,
                                null,
                                false)));
        assertThat(raised.quota()).isEqualTo(60);
        assertThat(events.stream(CongressPlacesChanged.class)).contains(new CongressPlacesChanged(built.congressId()));
        assertThat(reader.page(built.congressId()).categories())
                .singleElement()
                .satisfies(offer -> assertThat(offer.placesLeft()).isEqualTo(48));
    }

    @Test
    void a_workshop_has_at_most_its_rooms_seats_and_never_moves_into_a_room_smaller_than_its_seats_taken() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        SessionItem workshop = Acting.as(admin(), () -> editions.details(built.congressId())).sessions().stream()
                .filter(session -> session.id() == built.workshopId())
                .findFirst()
                .orElseThrow();

        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> sessions.update(workshop.id(), withCapacity(workshop.toDraft(), 21)))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problem(CongressRules.CAPACITY))
                                        .hasValueSatisfying(problem -> assertThat(problem.messageKey())
                                                .isEqualTo("congress.validation.aboveRoom"))));

        jdbc.update("update congress_session set taken = 18 where id = ?", workshop.id());
        SessionDraft intoSmallRoom = new SessionDraft(
                SessionType.WORKSHOP, "Workshop A", "", built.workshopSlotId(), otherRoom(built), Set.of(), null, 15);
        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> sessions.update(workshop.id(), intoSmallRoom))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.problem(CongressRules.ROOM))
                                    .hasValueSatisfying(problem -> assertThat(problem.messageKey())
                                            .isEqualTo("congress.validation.roomTooSmall"));
                            assertThat(e.problem(CongressRules.CAPACITY))
                                    .hasValueSatisfying(problem -> assertThat(problem.messageKey())
                                            .isEqualTo("congress.validation.belowTaken"));
                        }));
        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> schedule.updateRoom(built.smallRoomId(), "Raum Elbe", 19))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problem(CongressRules.CAPACITY))
                                        .isPresent()));
        assertThat(reader.page(built.congressId()).seatsLeft()).containsEntry(workshop.id(), 2);
    }

    @Test
    void a_session_people_chose_cannot_be_deleted_it_is_cancelled_and_each_of_them_mailed_once() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        CongressRegistration guest = registrations.save(registered(built, "gast.kongress@example.org"));
        CongressRegistration gone = registrations.save(registered(built, "storniert.kongress@example.org"));
        gone.place(CongressRegistrationStatus.CANCELLED, null, null);
        registrations.save(gone);
        choices.save(
                new CongressSessionChoice(guest.id(), built.workshopSlotId(), built.workshopId(), clock.instant()));
        choices.save(new CongressSessionChoice(gone.id(), built.workshopSlotId(), built.workshopId(), clock.instant()));

        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> sessions.remove(built.workshopId()))
                        .isInstanceOf(DomainException.class)
                        .hasMessage("congress.session.hasRegistrations"));

        assertThat(Acting.as(admin(), () -> sessions.cancel(built.workshopId())))
                .isEqualTo(1);
        assertThat(Acting.as(admin(), () -> sessions.cancel(built.workshopId())))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where template = 'congressSessionCancelled' and recipient = ?",
                        Integer.class,
                        "gast.kongress@example.org"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where recipient = ?",
                        Integer.class,
                        "storniert.kongress@example.org"))
                .isZero();
        SessionCard cancelled = reader.page(built.congressId()).days().getFirst().slots().get(1).sessions().stream()
                .filter(session -> session.id() == built.workshopId())
                .findFirst()
                .orElseThrow();
        assertThat(cancelled.cancelled()).isTrue();

        Acting.run(admin(), () -> sessions.remove(built.otherWorkshopId()));
        assertThat(Acting.as(admin(), () -> editions.details(built.congressId()))
                        .sessions())
                .extracting(SessionItem::id)
                .doesNotContain(built.otherWorkshopId());
    }

    @Test
    void rooms_and_slots_in_use_stay_and_members_cannot_change_the_programme() {
        Congresses.Built built = Congresses.build(testMembers, context, clock, false);

        Acting.run(admin(), () -> {
            assertThatThrownBy(() -> schedule.removeRoom(built.hallId())).hasMessage("congress.room.inUse");
            assertThatThrownBy(() -> schedule.removeSlot(built.plenarySlotId())).hasMessage("congress.slot.inUse");
            assertThatThrownBy(() -> schedule.addSlot(
                            built.congressId(),
                            new SlotDraft(2, java.time.LocalTime.NOON, java.time.LocalTime.MIDNIGHT)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).hasSize(2));
        });
        Acting.run(testMembers.member(), () -> {
            assertThatThrownBy(() -> schedule.addRoom(built.congressId(), "Keller", 5))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.cancel(built.keynoteId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> speakers.add(built.congressId(), new SpeakerDraft(null, "X", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_member_speaker_takes_the_profile_name_and_a_photo_goes_through_the_photo_pipeline() throws IOException {
        Congresses.Built built = Congresses.build(testMembers, context, clock, true);
        long memberId = testMembers.member().memberId();

        long speaker =
                Acting.as(admin(), () -> speakers.add(built.congressId(), new SpeakerDraft(memberId, " ", null, null)));
        Acting.run(
                admin(),
                () -> assertThatThrownBy(
                                () -> speakers.add(built.congressId(), new SpeakerDraft(memberId, null, null, null)))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problem(CongressRules.MEMBER)).isPresent()));
        Acting.run(
                admin(),
                () -> assertThatThrownBy(() -> speakers.uploadPhoto(speaker, "not an image".getBytes()))
                        .isInstanceOf(DomainException.class));

        byte[] png = png();
        Acting.run(admin(), () -> speakers.uploadPhoto(built.speakerId(), png));

        CongressPage page = reader.page(built.congressId());
        assertThat(page.speakers().stream()
                        .filter(card -> card.id() == speaker)
                        .findFirst()
                        .orElseThrow())
                .satisfies(card -> {
                    assertThat(card.name()).isEqualTo("Mira Member");
                    assertThat(card.memberId()).isEqualTo(memberId);
                });
        assertThat(page.speakers().stream()
                        .filter(card -> card.id() == built.speakerId())
                        .findFirst()
                        .orElseThrow()
                        .hasPhoto())
                .isTrue();
        byte[] photo = reader.speakerPhoto(built.speakerId()).orElseThrow();
        assertThat(photo).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(page.speakers().stream()
                        .filter(card -> card.id() == built.speakerId())
                        .findFirst()
                        .orElseThrow()
                        .sessionIds())
                .containsExactly(built.keynoteId());
    }

    private long otherRoom(Congresses.Built built) {
        return Acting.as(admin(), () -> editions.details(built.congressId())).rooms().stream()
                .filter(room -> room.name().equals("Raum Alster"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private CongressRegistration registered(Congresses.Built built, String email) {
        CongressRegistration registration =
                CongressRegistration.forGuest(built.congressId(), built.categoryId(), email, "T-" + email.hashCode());
        registration.setPerson("Gabi", "Gast", null);
        registration.place(CongressRegistrationStatus.CONFIRMED, null, null);
        registration.setRegisteredAt(clock.instant());
        return registration;
    }

    private static SessionDraft withCapacity(SessionDraft draft, int capacity) {
        return new SessionDraft(
                draft.type(),
                draft.title(),
                draft.abstractText(),
                draft.slotId(),
                draft.roomId(),
                draft.speakerIds(),
                draft.groupId(),
                capacity);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
