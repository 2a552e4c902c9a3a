package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.congress.CongressParticipantLookup;
import de.ddnhamburg.network.domain.event.EventWaitingLists;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the announcement editor shows before anything is sent (the segments to choose from, how
 * many a segment reaches, the mail as it will look), and the list of sent announcements with their
 * progress. Admins only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AnnouncementReadService {

    private final AnnouncementRepository announcements;
    private final AnnouncementRecipients recipients;
    private final AudienceResolver resolver;
    private final AnnouncementMails mails;
    private final GroupLookup groups;
    private final CongressParticipantLookup congresses;
    private final EventWaitingLists eventWaitingLists;
    private final MemberLookup members;
    private final CurrentUser currentUser;

    AnnouncementReadService(
            AnnouncementRepository announcements,
            AnnouncementRecipients recipients,
            AudienceResolver resolver,
            AnnouncementMails mails,
            GroupLookup groups,
            CongressParticipantLookup congresses,
            EventWaitingLists eventWaitingLists,
            MemberLookup members,
            CurrentUser currentUser) {
        this.announcements = announcements;
        this.recipients = recipients;
        this.resolver = resolver;
        this.mails = mails;
        this.groups = groups;
        this.congresses = congresses;
        this.eventWaitingLists = eventWaitingLists;
        this.members = members;
        this.currentUser = currentUser;
    }

    public AudienceChoices choices() {
        Map<Long, String> byName = new LinkedHashMap<>();
        groups.allOpenGroups().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        return new AudienceChoices(byName, congresses.choices(), eventWaitingLists.eventsWithWaitingList());
    }

    /**
     * How many the segment reaches now (the list is fixed only when the announcement is sent).
     *
     * @throws de.ddnhamburg.network.domain.common.InvalidInputException when the segment lacks a choice
     */
    public AudienceCount count(Audience audience) {
        AudienceResolver.Resolved resolved = resolver.resolve(audience);
        return new AudienceCount(resolved.recipients().size(), resolved.optedOut(), resolved.guests());
    }

    /**
     * The mail in both languages, addressed to the signed-in admin as a recipient would be.
     *
     * @throws de.ddnhamburg.network.domain.common.InvalidInputException for a missing or too long text
     */
    public AnnouncementPreview preview(AnnouncementDraft draft) {
        AnnouncementRules.check(draft);
        String name = members.find(currentUser.requireMemberId())
                .map(MemberIdentity::displayName)
                .orElse("");
        return new AnnouncementPreview(
                mails.preview(draft, Locale.GERMAN, name), mails.preview(draft, Locale.ENGLISH, name));
    }

    /** Newest first, with how far each has got. */
    public List<AnnouncementItem> findPage(Pageable pageable) {
        List<Announcement> page = announcements
                .findAll(PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")))
                .getContent();
        Map<Long, Map<RecipientStatus, Integer>> progress =
                recipients.progress(page.stream().map(Announcement::id).toList());
        Map<Long, MemberIdentity> authors = members.findAll(
                page.stream().map(Announcement::getCreatedBy).distinct().toList());
        return page.stream()
                .sorted(Comparator.comparing(Announcement::id).reversed())
                .map(announcement -> item(
                        announcement,
                        progress.getOrDefault(announcement.id(), Map.of()),
                        authors.get(announcement.getCreatedBy())))
                .toList();
    }

    public long count() {
        return announcements.count();
    }

    private static AnnouncementItem item(
            Announcement announcement, Map<RecipientStatus, Integer> progress, @Nullable MemberIdentity author) {
        return new AnnouncementItem(
                announcement.id(),
                Objects.requireNonNull(announcement.getCreatedAt()),
                author == null ? "" : author.displayName(),
                announcement.getAudienceKind(),
                announcement.getAudienceLabel(),
                announcement.getRegistrationStatus(),
                announcement.getSubject(),
                announcement.hasEnglish(),
                announcement.getStatus(),
                announcement.getRecipientCount(),
                progress.getOrDefault(RecipientStatus.SENT, 0),
                progress.getOrDefault(RecipientStatus.SKIPPED, 0),
                progress.getOrDefault(RecipientStatus.FAILED, 0),
                announcement.getFinishedAt());
    }
}
