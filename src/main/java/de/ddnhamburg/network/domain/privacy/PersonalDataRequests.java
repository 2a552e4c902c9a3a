package de.ddnhamburg.network.domain.privacy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.GuestDataSection;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.domain.member.EmailAddress;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data requests that reach the network by mail or letter (GDPR Art. 15, 17 and 20), answered by an
 * admin: what the platform holds under an address, a member's data export (the same document the
 * member downloads), a guest's export (events, congress, mails), and the erasure of a guest's data.
 * A member erases their own account ({@code AccountService.deleteAccount}). Every step is in the
 * security log with the admin as actor; a guest appears there by a short hash of the address, not
 * the address, so that the log does not keep what was erased (see docs/personal-data.md).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PersonalDataRequests {

    /** The field of the address in the admin's form. */
    public static final String EMAIL = "email";

    static final String GUEST_FORMAT = "ddn-hamburg-guest-data/1";

    private final PersonalDataExport members;
    private final MemberLookup memberLookup;
    private final List<GuestDataSection> guestSections;
    private final AuditService audit;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataRequests(
            PersonalDataExport members,
            MemberLookup memberLookup,
            List<GuestDataSection> guestSections,
            AuditService audit,
            Clock clock) {
        this.members = members;
        this.memberLookup = memberLookup;
        this.guestSections = List.copyOf(guestSections);
        this.audit = audit;
        this.clock = clock;
    }

    /** What is held under the address: the member with it, and the guest records by feature. */
    public DataRequestSummary find(String email) {
        String address = checked(email);
        Optional<MemberIdentity> member = memberLookup.findByEmail(address);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GuestDataSection section : sections(member.isPresent())) {
            counts.put(section.name(), section.count(address));
        }
        audit.record(
                AuditAction.PERSONAL_DATA_LOOKED_UP,
                member.map(found -> "member:" + found.id()).orElseGet(() -> guestTarget(address)),
                null);
        return new DataRequestSummary(
                address,
                member.map(MemberIdentity::id).orElse(null),
                member.map(MemberIdentity::displayName).orElse(null),
                counts);
    }

    /** The member's data export, as the member downloads it themselves; named in the admin's language. */
    public PersonalDataFile exportMember(long memberId, Locale language) {
        if (memberLookup.find(memberId).isEmpty()) {
            throw new NotFoundException();
        }
        PersonalDataFile file = members.document(
                memberId, (member, day) -> FileNames.of(language, "file.memberData", "json", memberId, day));
        audit.record(AuditAction.PERSONAL_DATA_DISCLOSED, "member:" + memberId, members.sectionsNote());
        return file;
    }

    /** Everything held about the address as a guest: event and congress registrations, and mails. */
    public PersonalDataFile exportGuest(String email, Locale language) {
        String address = checked(email);
        Instant now = clock.instant();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", GUEST_FORMAT);
        document.put("exportedAt", now);
        document.put("email", address);
        List<GuestDataSection> sections =
                sections(memberLookup.findByEmail(address).isPresent());
        for (GuestDataSection section : sections) {
            document.put(section.name(), section.export(address));
        }
        audit.record(
                AuditAction.PERSONAL_DATA_DISCLOSED,
                guestTarget(address),
                AuditNote.of(
                        "audit.note.dataSections",
                        AuditNote.keys(sections.stream()
                                .map(GuestDataSection::name)
                                .map(PersonalDataExport::sectionKey)
                                .toList())));
        return new PersonalDataFile(
                FileNames.of(language, "file.guestData", "json", LocalDate.ofInstant(now, ClockConfig.DISPLAY_ZONE)),
                json.writeValueAsBytes(document));
    }

    /**
     * Erases what the address holds as a guest, in one transaction: places are released first (the
     * next waiting move up and are mailed), then the guest's details, links and mails go. Mails
     * stay when a member has the address: they are the member's.
     */
    public GuestErasure eraseGuest(String email) {
        String address = checked(email);
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (GuestDataSection section :
                sections(memberLookup.findByEmail(address).isPresent())) {
            erased.put(section.name(), section.erase(address));
        }
        GuestErasure result = new GuestErasure(erased);
        audit.record(AuditAction.GUEST_DATA_ERASED, guestTarget(address), erasureNote(erased));
        return result;
    }

    /** "5 Einträge gelöscht: Veranstaltungsanmeldungen, E-Mails", from the bundles in the admin's language. */
    private static String erasureNote(Map<String, Integer> erased) {
        List<String> touched = erased.entrySet().stream()
                .filter(section -> section.getValue() > 0)
                .map(section -> PersonalDataExport.sectionKey(section.getKey()))
                .toList();
        int records = erased.values().stream().mapToInt(Integer::intValue).sum();
        return AuditNote.of("audit.note.guestDataErased", records, AuditNote.keys(touched));
    }

    private List<GuestDataSection> sections(boolean addressHasAccount) {
        return guestSections.stream()
                .filter(section -> !addressHasAccount || !section.sharedWithAccounts())
                .toList();
    }

    private static String checked(String email) {
        InvalidInputException.collect().add(EMAIL, EmailAddress.check(email)).throwIfAny();
        return EmailAddress.normalise(email);
    }

    /** The guest in the log: a short hash the admin can compare with the request, not the address. */
    private static String guestTarget(String address) {
        return "guest:" + Secrets.hash(address).substring(0, 12);
    }
}
