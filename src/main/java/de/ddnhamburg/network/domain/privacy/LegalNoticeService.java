package de.ddnhamburg.network.domain.privacy;

import de.ddnhamburg.network.domain.event.GuestDataPeriods;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.member.PrivacyNoticeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public imprint and privacy notice show: the configured operator, officer and periods. */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class LegalNoticeService {

    private final LegalProperties legal;
    private final GuestRegistrationService guests;
    private final PrivacyNoticeService privacyNotice;

    LegalNoticeService(LegalProperties legal, GuestRegistrationService guests, PrivacyNoticeService privacyNotice) {
        this.legal = legal;
        this.guests = guests;
        this.privacyNotice = privacyNotice;
    }

    public LegalProperties.Operator operator() {
        return legal.operator();
    }

    /**
     * @param officer the data protection officer, possibly not appointed
     * @param guestPeriods the configured hold and retention of guests' details
     * @param version the notice's version ({@code app.privacy.version})
     */
    public record PrivacyFacts(
            LegalProperties.Operator operator,
            LegalProperties.DataProtectionOfficer officer,
            GuestDataPeriods guestPeriods,
            String version) {}

    public PrivacyFacts privacyFacts() {
        return new PrivacyFacts(
                legal.operator(), legal.dataProtectionOfficer(), guests.dataPeriods(), privacyNotice.currentVersion());
    }
}
