package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The member's "Ich suche / Ich biete" entries and choices; deleted with the account. */
@Component
@Order(15)
class SeekingPersonalData implements PersonalDataSection {

    record EntryItem(
            SeekingDirection direction,
            SeekingKind kind,
            String text,
            @Nullable LocalDate expiresOn,
            Instant createdAt) {}

    record Export(
            Visibility visibility,
            boolean notifyMatches,
            @Nullable Instant lastNotifiedAt,
            List<EntryItem> entries) {}

    private final SeekingEntryRepository entries;
    private final SeekingPreferenceRepository preferences;

    SeekingPersonalData(SeekingEntryRepository entries, SeekingPreferenceRepository preferences) {
        this.entries = entries;
        this.preferences = preferences;
    }

    @Override
    public String name() {
        return "seeking";
    }

    @Override
    public Export export(DataSubject subject) {
        long me = subject.memberId();
        SeekingPreference preference = preferences.findById(me).orElseGet(() -> new SeekingPreference(me));
        return new Export(
                preference.getVisibility(),
                preference.isNotifyMatches(),
                preference.getLastNotifiedAt(),
                entries.findByMemberIdOrderByDirectionAscCreatedAtAscIdAsc(me).stream()
                        .map(e -> new EntryItem(
                                e.getDirection(), e.getKind(), e.getDescription(), e.getExpiresOn(), e.createdAt()))
                        .toList());
    }

    @Override
    public void erase(DataSubject subject) {
        entries.deleteOf(subject.memberId());
        preferences.deleteOf(subject.memberId());
    }
}
