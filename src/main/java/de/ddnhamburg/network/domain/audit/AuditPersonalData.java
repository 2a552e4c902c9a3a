package de.ddnhamburg.network.domain.audit;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The security log's entries with the member's current address as actor: logins, failed logins,
 * changes to the account. Kept on deletion: they are the record of security events on the account
 * (docs/decisions/008-personal-data.md).
 */
@Component
@Order(90)
class AuditPersonalData implements PersonalDataSection {

    private final AuditEntryRepository entries;

    AuditPersonalData(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String name() {
        return "securityLog";
    }

    @Override
    public List<AuditEntryItem> export(DataSubject subject) {
        return entries.findByActorOrderByOccurredAtAscIdAsc(subject.email()).stream()
                .map(AuditEntry::toView)
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        // Kept for the retention period of security events; see the decision record.
    }
}
