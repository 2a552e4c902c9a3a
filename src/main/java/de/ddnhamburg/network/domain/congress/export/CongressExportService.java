package de.ddnhamburg.network.domain.congress.export;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.export.ExportFormat;
import de.ddnhamburg.network.domain.common.export.Table;
import de.ddnhamburg.network.domain.common.export.TableExport;
import de.ddnhamburg.network.domain.congress.CongressRoster;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterEntry;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The congress's lists for admins, as CSV for German Excel or XLSX ({@link TableExport}: formula-safe,
 * UTF-8 with BOM): participants with filters, one workshop's list, the door list and the catering
 * counts. Each export is audited with what it held; the catering counts name nobody.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressExportService {

    private final CongressRoster roster;
    private final CateringTally tally;
    private final AuditService audit;

    CongressExportService(CongressRoster roster, CateringTally tally, AuditService audit) {
        this.roster = roster;
        this.tally = tally;
        this.audit = audit;
    }

    /**
     * The registrations the filter takes, alphabetically; the dietary and accessibility needs only
     * when asked for, since they can be health data (the audit entry says so).
     */
    public byte[] participants(
            long congressId, RosterFilter filter, boolean withNeeds, ExportFormat format, Locale locale) {
        RosterCongress congress = roster.congress(congressId);
        List<RosterEntry> entries = roster.entries(congressId, filter);
        audit.record(
                AuditAction.CONGRESS_EXPORTED,
                "congress:" + congressId,
                AuditNote.of(
                        withNeeds ? "audit.note.export.participants.needs" : "audit.note.export.participants",
                        filter.auditArguments(format.extension(), entries.size())));
        return write(new CongressTables(congress, locale).participants(entries, withNeeds), format);
    }

    /** One workshop's (or any session's) seats, second-choice seats and waiting list. */
    public byte[] workshop(long congressId, long sessionId, ExportFormat format, Locale locale) {
        RosterCongress congress = roster.congress(congressId);
        RosterCongress.Session session = congress.session(sessionId).orElseThrow(NotFoundException::new);
        List<RosterEntry> placed = roster.entries(congressId, RosterFilter.all()).stream()
                .filter(entry -> entry.status().holdsPlace())
                .toList();
        Table table = new CongressTables(congress, locale).workshop(session, placed);
        audited(congressId, "audit.note.export.workshop", format, table.rows().size(), sessionId);
        return write(table, format);
    }

    /** Everyone with a confirmed place, alphabetically, with ticket code, category and a box to tick. */
    public byte[] doorList(long congressId, ExportFormat format, Locale locale) {
        RosterCongress congress = roster.congress(congressId);
        List<RosterEntry> confirmed = roster.entries(congressId, RosterFilter.confirmed());
        audited(congressId, "audit.note.export.door", format, confirmed.size());
        return write(new CongressTables(congress, locale).doorList(confirmed), format);
    }

    /**
     * The numbers of each kind of dietary need among those who hold a place; no names. Once the
     * needs are erased after the congress, the numbers kept then ({@link CateringTally}).
     */
    public byte[] catering(long congressId, ExportFormat format, Locale locale) {
        return write(
                new CongressTables(roster.congress(congressId), locale).catering(cateringCounts(congressId, format)),
                format);
    }

    private DietaryCounts cateringCounts(long congressId, ExportFormat format) {
        DietaryCounts counts = tally.kept(congressId).orElseGet(() -> tally.count(congressId));
        audited(congressId, "audit.note.export.catering", format, counts.people());
        return counts;
    }

    /** The note says the format, then the rows, then what else it names (the workshop). */
    private void audited(long congressId, String noteKey, ExportFormat format, int rows, Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = format.extension();
        arguments[1] = rows;
        System.arraycopy(more, 0, arguments, 2, more.length);
        audit.record(AuditAction.CONGRESS_EXPORTED, "congress:" + congressId, AuditNote.of(noteKey, arguments));
    }

    private static byte[] write(Table table, ExportFormat format) {
        return TableExport.bytes(table, format);
    }
}
