package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sent announcement in the admins' list, with its progress.
 *
 * @param audienceLabel the names of the group, congress, category, workshop or event (empty for all members)
 * @param registrationStatus the congress registrations' status it went to, if narrowed by one
 * @param english whether an English version was written
 * @param sent recipients whose mail is in the outbox
 * @param skipped recipients who switched announcements off, or stopped being active, before their batch
 * @param failed recipients whose address the outbox refused
 */
public record AnnouncementItem(
        long id,
        Instant createdAt,
        String author,
        AudienceKind audience,
        String audienceLabel,
        @Nullable CongressRegistrationStatus registrationStatus,
        String subject,
        boolean english,
        AnnouncementStatus status,
        int recipients,
        int sent,
        int skipped,
        int failed,
        @Nullable Instant finishedAt) {

    /** Recipients dealt with so far, whatever became of them. */
    public int done() {
        return sent + skipped + failed;
    }
}
