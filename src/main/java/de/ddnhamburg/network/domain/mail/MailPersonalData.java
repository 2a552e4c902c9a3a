package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The mails sent (or waiting to be sent) to the member's current address, with their text. Kept on
 * deletion, like the rest of the outbox: they record what the network told whom and when
 * (docs/decisions/008-personal-data.md).
 */
@Component
@Order(91)
class MailPersonalData implements PersonalDataSection {

    record MailItem(
            Instant createdAt,
            String template,
            String subject,
            String body,
            MailStatus status,
            @Nullable Instant sentAt) {}

    private final OutboxMailRepository mails;

    MailPersonalData(OutboxMailRepository mails) {
        this.mails = mails;
    }

    @Override
    public String name() {
        return "mails";
    }

    @Override
    public List<MailItem> export(DataSubject subject) {
        return mails.findByRecipientOrderByCreatedAtAscIdAsc(subject.email()).stream()
                .map(OutboxMail::toPersonalData)
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        // Kept for the retention period of sent mails; see the decision record.
    }
}
