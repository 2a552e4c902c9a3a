package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.congress.CongressCategoryService;
import de.ddnhamburg.network.domain.congress.CongressDraft;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressLifecycleService;
import de.ddnhamburg.network.domain.congress.CongressScheduleService;
import de.ddnhamburg.network.domain.congress.CongressSessionService;
import de.ddnhamburg.network.domain.congress.CongressSpeakerService;
import de.ddnhamburg.network.domain.congress.SessionDraft;
import de.ddnhamburg.network.domain.congress.SessionType;
import de.ddnhamburg.network.domain.congress.SlotDraft;
import de.ddnhamburg.network.domain.congress.SpeakerDraft;
import de.ddnhamburg.network.domain.congress.TicketCategoryDraft;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/** Congress editions for tests, built through the admin services as the test admin. */
public final class Congresses {

    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Congresses() {}

    /** A valid one-day edition 60 days ahead, registration open now, 100 places. */
    public static CongressDraft draft(Clock clock) {
        LocalDate day = LocalDate.now(clock.withZone(HAMBURG)).plusDays(60);
        return new CongressDraft(
                "Fachkongress Test " + COUNTER.incrementAndGet(),
                "Ein Untertitel",
                "Worum es geht.",
                day,
                1,
                "Handelskammer Hamburg",
                "Adolphsplatz 1, 20457 Hamburg",
                clock.instant().minusSeconds(3600),
                day.minusDays(7).atStartOfDay(HAMBURG).toInstant(),
                day.minusDays(14).atStartOfDay(HAMBURG).toInstant(),
                100,
                "Katrin Albers",
                "kongress@example.org");
    }

    /**
     * The ids of a small edition: one category, a hall (100) and a small room (20), a plenary slot
     * with a keynote and a workshop slot with two workshops (20 and 15 seats), and a speaker.
     */
    public record Built(
            long congressId,
            long categoryId,
            long hallId,
            long smallRoomId,
            long plenarySlotId,
            long workshopSlotId,
            long keynoteId,
            long workshopId,
            long otherWorkshopId,
            long speakerId) {}

    public static Built build(TestMembers members, ApplicationContext context, Clock clock, boolean publish) {
        return Acting.as(members.admin(), () -> {
            long id = context.getBean(CongressEditionService.class).create(draft(clock));
            long category = context.getBean(CongressCategoryService.class)
                    .add(
                            id,
                            new TicketCategoryDraft(
                                    "Nichtmitglied",
                                    "",
                                    new BigDecimal("89.00"),
                                    19,
                                    50,
                                    TicketEligibility.EVERYONE,
                                    null,
                                    false));
            CongressScheduleService schedule = context.getBean(CongressScheduleService.class);
            long hall = schedule.addRoom(id, "Saal", 100);
            long small = schedule.addRoom(id, "Raum Elbe", 20);
            long other = schedule.addRoom(id, "Raum Alster", 15);
            long plenary = schedule.addSlot(id, new SlotDraft(1, LocalTime.of(9, 0), LocalTime.of(10, 0)));
            long workshops = schedule.addSlot(id, new SlotDraft(1, LocalTime.of(10, 30), LocalTime.of(12, 0)));
            long speaker = context.getBean(CongressSpeakerService.class)
                    .add(id, new SpeakerDraft(null, "Dr. Jonas Ehlers", "Institut", "Forscht."));
            CongressSessionService sessions = context.getBean(CongressSessionService.class);
            long keynote = sessions.add(
                    id,
                    new SessionDraft(
                            SessionType.KEYNOTE,
                            "Keynote",
                            "Über Arbeit.",
                            plenary,
                            hall,
                            Set.of(speaker),
                            null,
                            null));
            long workshop = sessions.add(
                    id, new SessionDraft(SessionType.WORKSHOP, "Workshop A", "", workshops, small, Set.of(), null, 20));
            long otherWorkshop = sessions.add(
                    id, new SessionDraft(SessionType.WORKSHOP, "Workshop B", "", workshops, other, Set.of(), null, 15));
            if (publish) {
                context.getBean(CongressLifecycleService.class).publish(id);
            }
            return new Built(id, category, hall, small, plenary, workshops, keynote, workshop, otherWorkshop, speaker);
        });
    }
}
