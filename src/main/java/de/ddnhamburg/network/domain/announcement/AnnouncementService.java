package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin sends an announcement, or a test mail of it to themselves. Sending fixes the recipients
 * (one row each, see {@link AnnouncementRecipients}) and leaves the mails to
 * {@link AnnouncementDispatch}, batch by batch; the list shows how far it has got.
 *
 * <p>The editor chooses a request key when it opens. Sending again with the same key (a double
 * click, a second tab of the same editor, a retried request) answers with the announcement already
 * sent: the key is unique, and the loser of a race is run again and finds the winner's.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AnnouncementService {

    private final AnnouncementRepository announcements;
    private final AnnouncementRecipients recipients;
    private final AudienceResolver resolver;
    private final AnnouncementMails mails;
    private final MailOutbox outbox;
    private final MemberLookup members;
    private final AuditService audit;
    private final CurrentUser currentUser;

    AnnouncementService(
            AnnouncementRepository announcements,
            AnnouncementRecipients recipients,
            AudienceResolver resolver,
            AnnouncementMails mails,
            MailOutbox outbox,
            MemberLookup members,
            AuditService audit,
            CurrentUser currentUser) {
        this.announcements = announcements;
        this.recipients = recipients;
        this.resolver = resolver;
        this.mails = mails;
        this.outbox = outbox;
        this.members = members;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * Queues the mail to the signed-in admin, in their language; the same text twice from the same
     * editor is one mail.
     *
     * @return the address it goes to
     */
    public String sendTest(UUID requestKey, AnnouncementDraft draft) {
        AnnouncementRules.check(draft);
        MemberIdentity admin = members.find(currentUser.requireMemberId()).orElseThrow();
        if (outbox.enqueue(mails.test(requestKey, draft, admin))) {
            audit.record(
                    AuditAction.ANNOUNCEMENT_TEST_SENT, null, draft.subject().strip());
        }
        return admin.email();
    }

    /**
     * Sends the announcement to the segment as it is now: the recipients are fixed here, the mails
     * follow in batches. Nobody in the segment is a problem, not an announcement to nobody.
     *
     * @return the announcement's id (that of the first send, for a repeated request key)
     */
    @RetryOnLostRace
    public long send(UUID requestKey, AnnouncementDraft draft) {
        Optional<Announcement> existing = announcements.findByRequestKey(requestKey.toString());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        AnnouncementRules.check(draft);
        AudienceResolver.Resolved resolved = resolver.resolve(draft.audience());
        if (resolved.recipients().isEmpty()) {
            throw new DomainException("announcement.send.nobody");
        }
        Announcement announcement = announcements.saveAndFlush(new Announcement(
                requestKey,
                currentUser.requireMemberId(),
                draft,
                resolved.label(),
                resolved.recipients().size()));
        recipients.addAll(announcement.id(), resolved.recipients());
        var status = draft.audience().status();
        audit.record(
                AuditAction.ANNOUNCEMENT_SENT,
                "announcement:" + announcement.id(),
                AuditNote.of(
                        status == null ? "audit.note.announcement" : "audit.note.announcement.status",
                        AuditNote.key("announcement.audience.kind."
                                + draft.audience().kind().name()),
                        resolved.label().isEmpty() ? "" : " " + resolved.label(),
                        resolved.recipients().size(),
                        resolved.optedOut(),
                        resolved.guests(),
                        announcement.getSubject(),
                        status == null ? "" : AuditNote.key("announcement.registrationStatus." + status.name())));
        return announcement.id();
    }
}
