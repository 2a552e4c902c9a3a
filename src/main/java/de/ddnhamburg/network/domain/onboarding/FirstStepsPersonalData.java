package de.ddnhamburg.network.domain.onboarding;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether the member's first steps are still shown and since when they are done. Deleting the
 * account deletes the row.
 */
@Component
@Order(43)
class FirstStepsPersonalData implements PersonalDataSection {

    record Progress(boolean shown, @Nullable Instant finishedAt) {}

    private final FirstStepsProgressRepository progress;

    FirstStepsPersonalData(FirstStepsProgressRepository progress) {
        this.progress = progress;
    }

    @Override
    public String name() {
        return "firstSteps";
    }

    @Override
    public List<Progress> export(DataSubject subject) {
        return progress
                .findByMemberId(subject.memberId())
                .map(row -> new Progress(row.open(), row.getFinishedAt()))
                .stream()
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        progress.findByMemberId(subject.memberId()).ifPresent(progress::delete);
    }
}
