package de.ddnhamburg.network.domain.audit;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The security log's entries with the member's current address as actor (logins, failed logins,
 * changes to the account) and those about the member. Kept on deletion: they are the record of security events on the account
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

    /**
     * Entries with the member's address as actor, and those about the member ({@code member:<id>}
     * as target: an admin's look at the details, a role change, a reset requested for the account).
     * Who else acted, and from where, is that person's data: in entries about the member by
     * somebody else, actor and client address are left out.
     */
    @Override
    public List<AuditEntryItem> export(DataSubject subject) {
        Map<Long, AuditEntryItem> byId = new TreeMap<>();
        for (AuditEntry entry : entries.findByActorOrderByOccurredAtAscIdAsc(subject.email())) {
            AuditEntryItem item = entry.toView();
            byId.put(item.id(), item);
        }
        for (AuditEntry entry : entries.findByTargetOrderByOccurredAtAscIdAsc("member:" + subject.memberId())) {
            AuditEntryItem item = entry.toView();
            byId.putIfAbsent(
                    item.id(),
                    new AuditEntryItem(
                            item.id(), item.occurredAt(), item.action(), null, item.target(), item.details(), null));
        }
        // Notes written out in German, the platform's first language, as words rather than keys.
        return byId.values().stream()
                .sorted(Comparator.comparing(AuditEntryItem::occurredAt).thenComparingLong(AuditEntryItem::id))
                .map(item -> new AuditEntryItem(
                        item.id(),
                        item.occurredAt(),
                        item.action(),
                        item.actor(),
                        item.target(),
                        AuditNote.text(item.details(), Locale.GERMAN).orElse(item.details()),
                        item.clientAddress()))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        // Kept for the retention period of security events; see the decision record.
    }
}
