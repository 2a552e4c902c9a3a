package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether the member receives announcements, and which announcements were addressed to them (the
 * mails themselves are in the mail section). On deletion both go; the announcements stay, without
 * this recipient.
 */
@Component
@Order(37)
class AnnouncementPersonalData implements PersonalDataSection {

    record ReceivedItem(
            String subject, String outcome, @Nullable Instant at) {}

    record Export(boolean receivesAnnouncements, @Nullable Instant switchedOffAt, List<ReceivedItem> received) {}

    private final AnnouncementOptOuts optOuts;
    private final AnnouncementRecipients recipients;

    AnnouncementPersonalData(AnnouncementOptOuts optOuts, AnnouncementRecipients recipients) {
        this.optOuts = optOuts;
        this.recipients = recipients;
    }

    @Override
    public String name() {
        return "announcements";
    }

    @Override
    public Export export(DataSubject subject) {
        Instant switchedOff = optOuts.since(subject.memberId()).orElse(null);
        return new Export(
                switchedOff == null,
                switchedOff,
                recipients.of(subject.memberId()).stream()
                        .map(row -> new ReceivedItem(row.subject(), row.status().name(), row.processedAt()))
                        .toList());
    }

    @Override
    public void erase(DataSubject subject) {
        recipients.forget(subject.memberId());
        optOuts.switchOn(subject.memberId());
    }
}
