package de.ddnhamburg.network.domain.privacy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" (GDPR Art. 15 and 20): one JSON document with a section from every feature
 * ({@link PersonalDataSection} beans, in their {@code @Order}). A member exports only their own data;
 * every export is recorded in the security log.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class PersonalDataExport {

    /** Names the structure of the document, so that a later change of it can be told apart. */
    static final String FORMAT = "ddn-hamburg-personal-data/1";

    private final List<PersonalDataSection> sections;
    private final MemberLookup members;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataExport(
            List<PersonalDataSection> sections,
            MemberLookup members,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.sections = List.copyOf(sections);
        this.members = members;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public PersonalDataFile exportMine() {
        return export(me());
    }

    /** @throws AccessDeniedException for anybody else's id, also for admins: they have their own, audited tools */
    public PersonalDataFile export(long memberId) {
        if (memberId != me()) {
            throw new AccessDeniedException("Members export only their own data");
        }
        // Named in the member's own language: "ddn-hamburg-meine-daten-2027-01-15.json".
        PersonalDataFile file =
                document(memberId, (member, day) -> FileNames.of(member.language(), "file.myData", "json", day));
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "member:" + memberId, sectionsNote());
        return file;
    }

    /** The member's document, not audited: the caller records who asked for it and why. */
    PersonalDataFile document(long memberId, BiFunction<MemberIdentity, LocalDate, String> fileName) {
        MemberIdentity member = members.find(memberId).orElseThrow(NotFoundException::new);
        DataSubject subject = new DataSubject(memberId, member.email());
        Instant now = clock.instant();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("exportedAt", now);
        for (PersonalDataSection section : sections) {
            document.put(section.name(), section.export(subject));
        }
        return new PersonalDataFile(
                fileName.apply(member, LocalDate.ofInstant(now, ClockConfig.DISPLAY_ZONE)),
                json.writeValueAsBytes(document));
    }

    /**
     * What the export held, for the security log: the sections' names from the bundles
     * ({@code privacy.section.*}), so that admins read them in their language, not as JSON keys.
     */
    String sectionsNote() {
        return AuditNote.of(
                "audit.note.dataSections",
                AuditNote.keys(sections.stream()
                        .map(PersonalDataSection::name)
                        .map(PersonalDataExport::sectionKey)
                        .toList()));
    }

    /** The bundle key naming an export section, such as {@code privacy.section.contacts}. */
    static String sectionKey(String sectionName) {
        return "privacy.section." + sectionName;
    }

    private long me() {
        return currentUser.requireMemberId();
    }
}
