package de.ddnhamburg.network.domain.member;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries without a signed-in member, for the demo data. No service: views cannot reach it (the
 * architecture test lets them use services and records only).
 */
@Component
@Transactional
public class SeekingProvisioning {

    private final SeekingEntryRepository entries;

    SeekingProvisioning(SeekingEntryRepository entries) {
        this.entries = entries;
    }

    public void add(
            long memberId, SeekingDirection direction, SeekingKind kind, String text, @Nullable LocalDate expiresOn) {
        entries.save(new SeekingEntry(memberId, new SeekingDraft(direction, kind, text, expiresOn)));
    }
}
