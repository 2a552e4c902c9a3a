package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.PhotoProcessor;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the speakers of an edition: members (linked to their profile; the name comes from
 * it when left empty) or external people with organisation, short bio and a photo, which goes
 * through the same pipeline as members' photos ({@link PhotoProcessor}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressSpeakerService {

    private final CongressRepository congresses;
    private final CongressSpeakerRepository speakers;
    private final CongressSpeakerPhotoRepository photos;
    private final CongressSessionRepository sessions;
    private final MemberLookup members;
    private final AuditService audit;
    private final Clock clock;

    CongressSpeakerService(
            CongressRepository congresses,
            CongressSpeakerRepository speakers,
            CongressSpeakerPhotoRepository photos,
            CongressSessionRepository sessions,
            MemberLookup members,
            AuditService audit,
            Clock clock) {
        this.congresses = congresses;
        this.speakers = speakers;
        this.photos = photos;
        this.sessions = sessions;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(long congressId, SpeakerDraft draft) {
        Congress congress = congresses.findById(congressId).orElseThrow(NotFoundException::new);
        CongressCategoryService.requireEditable(congress);
        Valid valid = validate(congressId, draft, null);
        CongressSpeaker speaker = new CongressSpeaker(congressId, valid.memberId, valid.name);
        speaker.setOrganisation(valid.organisation);
        speaker.setBio(valid.bio);
        long id = speakers.saveAndFlush(speaker).id();
        changed(congressId, AuditNote.of("audit.note.speaker", valid.name));
        return id;
    }

    public SpeakerItem update(long speakerId, SpeakerDraft draft) {
        CongressSpeaker speaker = speakers.findById(speakerId).orElseThrow(NotFoundException::new);
        Valid valid = validate(speaker.getCongressId(), draft, speaker);
        speaker.setMemberId(valid.memberId);
        speaker.setName(valid.name);
        speaker.setOrganisation(valid.organisation);
        speaker.setBio(valid.bio);
        changed(speaker.getCongressId(), AuditNote.of("audit.note.speaker", valid.name));
        return SpeakerItem.of(speaker, photos.existsById(speakerId));
    }

    /** Removes the speaker from the edition and from every session they were named for. */
    public void remove(long speakerId) {
        CongressSpeaker speaker = speakers.findById(speakerId).orElseThrow(NotFoundException::new);
        for (CongressSession session : sessions.findByCongressId(speaker.getCongressId())) {
            if (session.getSpeakerIds().contains(speakerId)) {
                java.util.Set<Long> rest = new java.util.LinkedHashSet<>(session.getSpeakerIds());
                rest.remove(speakerId);
                session.setSpeakerIds(rest);
            }
        }
        speakers.delete(speaker);
        changed(speaker.getCongressId(), AuditNote.of("audit.note.speakerRemoved", speaker.getName()));
    }

    /** Replaces the photo with the uploaded file, checked and re-encoded; a refused file keeps the old one. */
    public void uploadPhoto(long speakerId, byte[] upload) {
        CongressSpeaker speaker = speakers.findById(speakerId).orElseThrow(NotFoundException::new);
        byte[] processed = PhotoProcessor.process(upload);
        photos.findById(speakerId)
                .ifPresentOrElse(
                        photo -> photo.replace(processed, clock.instant()),
                        () -> photos.save(new CongressSpeakerPhoto(speakerId, processed, clock.instant())));
        changed(speaker.getCongressId(), AuditNote.of("audit.note.speakerPhoto", speaker.getName()));
    }

    public void removePhoto(long speakerId) {
        CongressSpeaker speaker = speakers.findById(speakerId).orElseThrow(NotFoundException::new);
        if (photos.existsById(speakerId)) {
            photos.deleteById(speakerId);
            changed(speaker.getCongressId(), AuditNote.of("audit.note.speakerPhotoRemoved", speaker.getName()));
        }
    }

    private record Valid(
            @Nullable Long memberId,
            String name,
            @Nullable String organisation,
            @Nullable String bio) {}

    private Valid validate(long congressId, SpeakerDraft draft, @Nullable CongressSpeaker existing) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        Long memberId = draft.memberId();
        String name =
                CongressRules.optional(problems, CongressRules.NAME, draft.name(), CongressRules.SPEAKER_NAME_MAX);
        if (memberId != null) {
            MemberIdentity member = members.find(memberId).orElse(null);
            if (member == null) {
                problems.add(CongressRules.MEMBER, "congress.validation.unknownMember");
            } else {
                boolean sameAsBefore = existing != null && Objects.equals(existing.getMemberId(), memberId);
                if (!sameAsBefore && speakers.existsByCongressIdAndMemberId(congressId, memberId)) {
                    problems.add(CongressRules.MEMBER, "congress.validation.speakerTwice");
                }
                if (name == null) {
                    name = member.displayName();
                }
            }
        } else if (name == null) {
            problems.add(CongressRules.NAME, "congress.validation.required");
        }
        String organisation = CongressRules.optional(
                problems, CongressRules.ORGANISATION, draft.organisation(), CongressRules.ORGANISATION_MAX);
        String bio = CongressRules.optional(problems, CongressRules.BIO, draft.bio(), CongressRules.BIO_MAX);
        problems.throwIfAny();
        return new Valid(memberId, Objects.requireNonNull(name), organisation, bio);
    }

    private void changed(long congressId, String details) {
        audit.record(AuditAction.CONGRESS_PROGRAMME_CHANGED, CongressEditionService.target(congressId), details);
    }
}
