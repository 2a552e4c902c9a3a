package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.domain.congress.DeskCongress;
import de.ddnhamburg.network.domain.congress.DeskLookup;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The check-ins of the member's congress registrations (when, at which desk), and, for a member of
 * the door team, how many they checked in per congress. Deleting the account keeps the check-ins
 * (they say nothing about the person once the registration is anonymous, and the counts stay true)
 * and forgets which helper checked in or undid; the security log keeps its own record for its time.
 */
@Component
@Order(37)
class CheckInPersonalData implements PersonalDataSection {

    record Attended(
            String congress,
            Instant checkedInAt,
            String desk,
            @Nullable Instant undoneAt) {}

    record AtTheDesk(String congress, long checkedIn) {}

    record Export(List<Attended> attended, List<AtTheDesk> atTheDesk) {}

    private final CongressCheckInRepository checkIns;
    private final DeskLookup lookup;

    CheckInPersonalData(CongressCheckInRepository checkIns, DeskLookup lookup) {
        this.checkIns = checkIns;
        this.lookup = lookup;
    }

    @Override
    public String name() {
        return "congressCheckIns";
    }

    @Override
    public Export export(DataSubject subject) {
        List<Attended> attended = checkIns.findOfParticipant(subject.memberId()).stream()
                .map(row -> new Attended(
                        title((Long) row[0]), (Instant) row[1], (String) row[2], (@Nullable Instant) row[3]))
                .toList();
        List<AtTheDesk> atTheDesk = checkIns.countByHelper(subject.memberId()).stream()
                .map(row -> new AtTheDesk(title((Long) row[0]), (Long) row[1]))
                .toList();
        return new Export(attended, atTheDesk);
    }

    @Override
    public void erase(DataSubject subject) {
        checkIns.forgetCheckedInBy(subject.memberId());
        checkIns.forgetUndoneBy(subject.memberId());
    }

    private String title(long congressId) {
        return lookup.congress(congressId).map(DeskCongress::title).orElse("");
    }
}
