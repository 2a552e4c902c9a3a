package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly mail about new "Ich suche / Ich biete" entries that match one's own (same kind, other
 * direction), for members who switched it on. Only entries every member may see count: running,
 * shown to all members, by an active member listed in the directory. At most once a week: the fact
 * key names the ISO week (Hamburg), and a member told less than {@link #MIN_GAP} ago is skipped.
 *
 * <p>Like {@code GroupDigest}: the schedule ({@code app.seeking.matches.cron}, Hamburg's time) runs on
 * one node at a time (ShedLock); tests call {@link #sendWeeklyMatches()} with their clock. Each
 * member's mail is queued in its own transaction, together with the time it was sent.
 */
@Component
public class SeekingMatchMails {

    static final Duration PERIOD = Duration.ofDays(7);
    /** Less than a week, so that a run a few seconds earlier than last week's still sends. */
    static final Duration MIN_GAP = Duration.ofDays(6);

    private static final int TEXT_SHOWN = 200;
    private static final Logger LOG = LoggerFactory.getLogger(SeekingMatchMails.class);

    private final SeekingEntryRepository entries;
    private final SeekingPreferenceRepository preferences;
    private final MemberRepository members;
    private final MailOutbox outbox;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    SeekingMatchMails(
            SeekingEntryRepository entries,
            SeekingPreferenceRepository preferences,
            MemberRepository members,
            MailOutbox outbox,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.preferences = preferences;
        this.members = members;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${app.seeking.matches.cron}", zone = "Europe/Berlin") // ClockConfig.DISPLAY_ZONE
    @SchedulerLock(name = "seeking-matches", lockAtMostFor = "PT1H")
    public void sendOnSchedule() {
        LOG.info("Queued {} weekly mails about matching entries", sendWeeklyMatches());
    }

    /** @return how many mails were queued now */
    public int sendWeeklyMatches() {
        Instant now = clock.instant();
        List<Long> due = Objects.requireNonNull(reading.execute(status -> preferences.findByNotifyMatchesTrue().stream()
                .filter(p ->
                        p.getLastNotifiedAt() == null || !p.getLastNotifiedAt().isAfter(now.minus(MIN_GAP)))
                .map(SeekingPreference::getMemberId)
                .toList()));
        int queued = 0;
        for (long memberId : due) {
            try {
                if (Boolean.TRUE.equals(writing.execute(status -> sendTo(memberId, now)))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not queue the mail about matching entries for member {}", memberId, e);
            }
        }
        return queued;
    }

    private boolean sendTo(long memberId, Instant now) {
        SeekingPreference preference = preferences.findById(memberId).orElse(null);
        Member recipient = members.findById(memberId).orElse(null);
        if (preference == null || recipient == null || recipient.getStatus() != MemberStatus.ACTIVE) {
            return false;
        }
        LocalDate today = LocalDate.ofInstant(now, ClockConfig.DISPLAY_ZONE);
        Instant last = preference.getLastNotifiedAt();
        Instant from = last != null && last.isAfter(now.minus(PERIOD)) ? last : now.minus(PERIOD);
        List<SeekingEntry> mine = entries.findByMemberIdOrderByDirectionAscCreatedAtAscIdAsc(memberId).stream()
                .filter(entry -> entry.activeOn(today))
                .toList();
        List<SeekingEntry> matching = entries.findCreatedBetween(from, now).stream()
                .filter(entry -> entry.getMemberId() != memberId && entry.activeOn(today))
                .filter(entry -> mine.stream()
                        .anyMatch(own -> own.getKind() == entry.getKind()
                                && own.getDirection() == entry.getDirection().other()))
                .toList();
        Map<Long, Member> owners = visibleOwners(matching);
        List<SeekingEntry> shown = matching.stream()
                .filter(e -> owners.containsKey(e.getMemberId()))
                .toList();
        if (shown.isEmpty()) {
            return false;
        }
        StringBuilder lines = new StringBuilder();
        for (SeekingEntry entry : shown) {
            String text = entry.getDescription();
            lines.append("– ")
                    .append(outbox.phrase(
                            recipient.getLanguage(),
                            "seeking.kind." + entry.getDirection().name() + "."
                                    + entry.getKind().name()))
                    .append(": ")
                    .append(Objects.requireNonNull(owners.get(entry.getMemberId()))
                            .getDisplayName())
                    .append('\n')
                    .append("  ")
                    .append(text.length() > TEXT_SHOWN ? text.substring(0, TEXT_SHOWN) + "…" : text)
                    .append('\n')
                    .append("  ")
                    .append(links.member(entry.getMemberId()))
                    .append("\n\n");
        }
        boolean queued = outbox.enqueue(MailRequest.of(
                "seeking.matches:" + memberId + ":" + isoWeek(now),
                recipient.getEmail(),
                recipient.getLanguage(),
                MailTemplate.SEEKING_MATCHES,
                recipient.getDisplayName(),
                lines.toString().stripTrailing(),
                links.page("profil")));
        if (queued) {
            preference.notified(now);
        }
        return queued;
    }

    /** Owners whose entries every member may see: active, listed, entries shown to all members. */
    private Map<Long, Member> visibleOwners(List<SeekingEntry> matching) {
        Set<Long> ids = matching.stream().map(SeekingEntry::getMemberId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> hidden = preferences.findByMemberIdIn(ids).stream()
                .filter(p -> p.getVisibility() != Visibility.MEMBERS)
                .map(SeekingPreference::getMemberId)
                .collect(Collectors.toSet());
        return members.findAllById(ids).stream()
                .filter(m ->
                        m.getStatus() == MemberStatus.ACTIVE && m.isListedInDirectory() && !hidden.contains(m.id()))
                .collect(Collectors.toMap(Member::id, Function.identity()));
    }

    static String isoWeek(Instant instant) {
        ZonedDateTime local = instant.atZone(ClockConfig.DISPLAY_ZONE);
        return "%d-W%02d".formatted(local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
