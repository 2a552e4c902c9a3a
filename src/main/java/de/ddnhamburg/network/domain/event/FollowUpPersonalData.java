package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Whether, and since when, the member switched off the mail the day after an event. */
@Component
@Order(41)
class FollowUpPersonalData implements PersonalDataSection {

    record FollowUpChoice(
            boolean receivesMailAfterEvents, @Nullable Instant switchedOffAt) {}

    private final FollowUpOptOuts optOuts;

    FollowUpPersonalData(FollowUpOptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @Override
    public String name() {
        return "eventFollowUp";
    }

    @Override
    public FollowUpChoice export(DataSubject subject) {
        Instant since = optOuts.since(subject.memberId()).orElse(null);
        return new FollowUpChoice(since == null, since);
    }

    @Override
    public void erase(DataSubject subject) {
        optOuts.switchOn(subject.memberId());
    }
}
