package de.ddnhamburg.network.domain.congress.print;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.CongressRoster;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterEntry;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name badges for admins: a sheet for everyone a filter takes (by category, status, workshop), or
 * one badge to reprint at the desk. Every print is audited, since a badge sheet is a list of people.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressBadgeService {

    private final CongressRoster roster;
    private final AuditService audit;

    CongressBadgeService(CongressRoster roster, AuditService audit) {
        this.roster = roster;
        this.audit = audit;
    }

    /** The congress with its categories and sessions, for the filters of the print page. */
    @Transactional(readOnly = true)
    public RosterCongress congress(long congressId) {
        return roster.congress(congressId);
    }

    /** How many badges the filter gives. */
    @Transactional(readOnly = true)
    public int count(long congressId, RosterFilter filter) {
        roster.congress(congressId);
        return roster.entries(congressId, filter).size();
    }

    /** The badges of everyone the filter takes, alphabetically, 8 to a page. */
    public byte[] sheet(long congressId, RosterFilter filter) {
        RosterCongress congress = roster.congress(congressId);
        List<RosterEntry> entries = roster.entries(congressId, filter);
        if (entries.isEmpty()) {
            throw new DomainException("congress.badges.none");
        }
        audit.record(
                AuditAction.CONGRESS_BADGES_PRINTED,
                "congress:" + congressId,
                AuditNote.of("audit.note.badges", filter.auditArguments(entries.size())));
        return BadgeSheet.pdf(
                entries.stream().map(entry -> badge(congress, entry)).toList(), congress.title());
    }

    /** One person's badge, for a reprint at the desk; not for a cancelled registration. */
    public byte[] single(long registrationId) {
        RosterEntry entry = roster.entry(registrationId);
        if (entry.status() == CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.badges.cancelled");
        }
        RosterCongress congress = roster.congress(entry.congressId());
        audit.record(
                AuditAction.CONGRESS_BADGES_PRINTED,
                "congress-registration:" + registrationId,
                AuditNote.of("audit.note.badge", congress.id()));
        return BadgeSheet.pdf(List.of(badge(congress, entry)), congress.title());
    }

    /** Up to 20 people of the congress by name, organisation or ticket code, for a reprint. */
    @Transactional(readOnly = true)
    public List<BadgeHolder> find(long congressId, String text) {
        RosterCongress congress = roster.congress(congressId);
        return roster.search(congressId, text).stream()
                .map(entry -> new BadgeHolder(
                        entry.registrationId(),
                        entry.displayName(),
                        entry.organisation(),
                        entry.ticketCode(),
                        congress.categoryName(entry.categoryId()),
                        entry.status()))
                .toList();
    }

    private static Badge badge(RosterCongress congress, RosterEntry entry) {
        RosterCongress.Category category =
                congress.category(entry.categoryId()).orElse(new RosterCongress.Category(entry.categoryId(), "", 0));
        return new Badge(
                entry.displayName(), entry.organisation(), category.name(), category.position(), entry.ticketCode());
    }
}
