package de.ddnhamburg.network.domain.congress.print;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.CongressRoster;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RosterChoice;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterEntry;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of attendance (Teilnahmebescheinigung) for the people checked in at the door: each
 * for themselves on "Meine Anmeldung" once the congress is over, all at once for admins (audited).
 * The certificate lists the programme they had a place in: the plenary sessions everyone attends
 * and, in slots with a choice, the session they held a seat in. Who attended comes from the
 * check-in through {@link de.ddnhamburg.network.domain.congress.AttendanceLookup}.
 */
@Service
@Transactional(readOnly = true)
public class CongressCertificateService {

    private final CongressRoster roster;
    private final Attendance attendance;
    private final AuditService audit;
    private final Clock clock;

    CongressCertificateService(CongressRoster roster, Attendance attendance, AuditService audit, Clock clock) {
        this.roster = roster;
        this.attendance = attendance;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many of the congress's registrations were checked in (and not cancelled since). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int attendeeCount(long congressId) {
        return attendees(congressId).size();
    }

    /** Every attendee's certificate in one PDF, alphabetically, for admins; audited. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public byte[] all(long congressId) {
        RosterCongress congress = roster.congress(congressId);
        List<RosterEntry> attendees = attendees(congressId);
        if (attendees.isEmpty()) {
            throw new DomainException("congress.certificate.none");
        }
        audit.record(
                AuditAction.CONGRESS_CERTIFICATES_PRINTED,
                "congress:" + congressId,
                AuditNote.of("audit.note.certificates", attendees.size()));
        return CertificateDocument.pdf(
                attendees.stream().map(entry -> certificate(congress, entry)).toList(), congress.title());
    }

    /**
     * Whether the caller's own registration has a certificate: checked in, not cancelled, and the
     * congress is over. Someone else's registration is not found.
     */
    @PreAuthorize("permitAll()")
    public boolean available(RegistrationKey key) {
        RosterEntry entry = roster.own(key);
        return available(roster.congress(entry.congressId()), entry);
    }

    /** The caller's own certificate, once {@link #available} says so. */
    @PreAuthorize("permitAll()")
    public byte[] mine(RegistrationKey key) {
        RosterEntry entry = roster.own(key);
        RosterCongress congress = roster.congress(entry.congressId());
        if (!available(congress, entry)) {
            throw new DomainException("congress.certificate.notAvailable");
        }
        return CertificateDocument.pdf(List.of(certificate(congress, entry)), congress.title());
    }

    private boolean available(RosterCongress congress, RosterEntry entry) {
        return entry.status() != CongressRegistrationStatus.CANCELLED
                && !clock.instant().isBefore(congress.endsAt())
                && attendance.attended(entry.registrationId());
    }

    private List<RosterEntry> attendees(long congressId) {
        Set<Long> present = attendance.attendees(congressId);
        if (present.isEmpty()) {
            return List.of();
        }
        return roster.entries(congressId, RosterFilter.all()).stream()
                .filter(entry -> present.contains(entry.registrationId()))
                .toList();
    }

    private Certificate certificate(RosterCongress congress, RosterEntry entry) {
        Locale language = PrintTexts.supported(Locale.forLanguageTag(entry.language()));
        Set<Long> seats = entry.choices().stream()
                .map(RosterChoice::seatSessionId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Certificate.Item> programme = congress.sessions().stream()
                .filter(session -> !session.cancelled() && (!session.choice() || seats.contains(session.id())))
                .map(session -> new Certificate.Item(
                        LocalFormats.dateTime(session.startsAt(), language) + "–"
                                + LocalFormats.time(session.endsAt(), language),
                        PrintTexts.text(
                                language,
                                "congress.sessionType." + session.type().name()),
                        session.title()))
                .toList();
        return new Certificate(
                language,
                entry.displayName(),
                entry.organisation(),
                congress.title(),
                congress.subtitle(),
                dates(congress, language),
                congress.venueName() + ", " + congress.venueAddress(),
                congress.contactName(),
                programme,
                // Printed in advance, to hand out at the end, they carry the congress's last day.
                clock.instant().isBefore(congress.endsAt()) ? congress.endsAt() : clock.instant());
    }

    private static String dates(RosterCongress congress, Locale language) {
        return congress.firstDay().equals(congress.lastDay())
                ? PrintTexts.text(
                        language, "congress.certificate.onDay", LocalFormats.longDate(congress.firstDay(), language))
                : PrintTexts.text(
                        language,
                        "congress.certificate.onDays",
                        LocalFormats.longDate(congress.firstDay(), language),
                        LocalFormats.longDate(congress.lastDay(), language));
    }
}
