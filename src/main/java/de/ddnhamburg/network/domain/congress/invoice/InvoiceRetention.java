package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes invoices and credit notes, with their PDFs, once their retention period is over: it
 * starts at the end of the year of issue and lasts {@code app.invoice.retention-years} (10 by
 * default, § 147 AO, § 14b UStG). An invoice goes together with its credit note, at the later one's
 * end. Runs with the other retention jobs ({@code app.retention.cron}), on one node.
 */
@Component
public class InvoiceRetention {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRetention.class);

    private final InvoiceRepository invoices;
    private final InvoiceProperties settings;
    private final Clock clock;

    InvoiceRetention(InvoiceRepository invoices, InvoiceProperties settings, Clock clock) {
        this.invoices = invoices;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.retention.cron}", zone = "Europe/Berlin")
    @SchedulerLock(name = "retention-invoices")
    // The call below stays inside this object, past the proxy that would start its transaction.
    @Transactional
    public void runOnSchedule() {
        deleteExpired();
    }

    /** @return how many documents were deleted */
    @Transactional
    public int deleteExpired() {
        // Issued in 2027: kept through 31 Dec 2037 with 10 years, deleted from 1 Jan 2038 on.
        int lastExpiredYear =
                LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE)).getYear() - settings.retentionYears() - 1;
        int deleted = invoices.deleteIssuedUpTo(lastExpiredYear);
        if (deleted > 0) {
            LOG.info("Deleted {} invoices and credit notes issued in {} or before", deleted, lastExpiredYear);
        }
        return deleted;
    }
}
