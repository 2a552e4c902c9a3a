package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.congress.CongressProvisioning;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventProvisioning;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.group.GroupProvisioning;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberSummary;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.domain.member.SeekingProvisioning;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with people of the Hamburg network, so that a newcomer sees a living
 * platform at the first start. Switched off by {@code app.demo-data.enabled=false}; never in prod.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(2)
class DemoDataLoader implements ApplicationRunner {

    /** Documented in the README; every demo account uses it. */
    static final String DEMO_PASSWORD = "ddn-demo-passwort";

    static final String ADMIN_EMAIL = "admin@ddn-hamburg.de";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MemberProvisioning provisioning;
    private final GroupProvisioning groups;

    private final EventProvisioning events;
    private final CongressProvisioning congress;
    private final Clock clock;
    private final SeekingProvisioning seeking;

    DemoDataLoader(
            MemberProvisioning provisioning,
            GroupProvisioning groups,
            EventProvisioning events,
            CongressProvisioning congress,
            Clock clock,
            SeekingProvisioning seeking) {
        this.seeking = seeking;
        this.events = events;
        this.congress = congress;
        this.clock = clock;
        this.provisioning = provisioning;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisioning.hasNoMembers()) {
            return;
        }
        // One expensive Argon2 encoding shared by all demo accounts keeps the first start fast.
        String hash = provisioning.encodePassword(DEMO_PASSWORD);
        MemberSummary admin = provisioning.createActive(
                new NewMember(
                        ADMIN_EMAIL,
                        "Katrin",
                        "Albers",
                        "ddn Hamburg",
                        Set.of("demografischer-wandel", "netzwerken"),
                        Set.of(Roles.MEMBER, Roles.ADMIN)),
                hash);
        Map<String, Long> ids = new HashMap<>();
        for (DemoMembers.DemoMember member : DemoMembers.ALL) {
            MemberSummary created = provisioning.createActive(member.toNewMember(), hash);
            provisioning.completeProfile(created.id(), member.profile());
            ids.put(member.firstName() + " " + member.lastName(), created.id());
        }
        DemoSeeking.load(seeking, ids, clock);
        Map<String, Long> groupIds = DemoGroups.load(groups, ids);
        int groupCount = groupIds.size();
        events.createPublished(backInJob(clock)
                .withAudience(
                        EventAudience.MEMBERS,
                        groupIds.get("Wiedereinstieg & Back in Job"),
                        Set.of("wiedereinstieg-back-in-job", "netzwerken"),
                        false));
        long meeting = DemoEvents.load(events, groupIds, clock);
        // Issue 16: the admin and a few members met at the past network meeting ("Wen habe ich getroffen?").
        events.attended(
                meeting,
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(admin.id()),
                                DemoMembers.ALL.stream()
                                        .limit(5)
                                        .map(member -> java.util.Objects.requireNonNull(
                                                ids.get(member.firstName() + " " + member.lastName()))))
                        .toList());
        DemoCongress.load(congress, ids, groupIds, clock);
        LOG.info(
                "Loaded demo data: {} members, {} expert groups; every demo account uses the password from the README",
                DemoMembers.ALL.size() + 1,
                groupCount);
    }

    /** The online discussion round "Back in Job" about networking, three weeks from now, 18:00 in Hamburg. */
    static EventDraft backInJob(Clock clock) {
        LocalDate day =
                LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE).plusWeeks(3);
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(18, 0), ClockConfig.DISPLAY_ZONE);
        return new EventDraft(
                "Back in Job: Netzwerken für den Wiedereinstieg",
                EventType.DISCUSSION_ROUND,
                "Online-Diskussionsrunde für alle, die nach einer Pause in den Beruf zurückkehren: Wie knüpfe ich"
                        + " Kontakte, wie nutze ich mein altes Netzwerk, und wie hilft das ddn dabei? Mit kurzen"
                        + " Impulsen und viel Zeit für Fragen.",
                start.toInstant(),
                start.plusMinutes(90).toInstant(),
                EventFormat.ONLINE,
                null,
                "https://meet.example.org/ddn-back-in-job",
                null,
                40,
                null,
                start.minusDays(1).toInstant());
    }
}
