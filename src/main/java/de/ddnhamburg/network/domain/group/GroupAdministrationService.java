package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.PhotoProcessor;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins create, edit and archive groups and set their images; every change is audited. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class GroupAdministrationService {

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final GroupImageRepository images;
    private final TopicService topics;
    private final AuditService audit;
    private final GroupAccess access;
    private final Clock clock;

    GroupAdministrationService(
            ExpertGroupRepository groups,
            GroupMembershipRepository memberships,
            GroupImageRepository images,
            TopicService topics,
            AuditService audit,
            GroupAccess access,
            Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.images = images;
        this.topics = topics;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** A new group with its first moderators, who are active members at once. */
    public long create(GroupDraft draft, Set<Long> moderatorIds) {
        ValidDraft valid = validate(draft, null);
        ExpertGroup group = groups.saveAndFlush(new ExpertGroup(
                valid.name(),
                valid.shortDescription(),
                valid.description(),
                draft.topicSlugs(),
                draft.joinPolicy(),
                draft.visibility()));
        audit.record(AuditAction.GROUP_CREATED, group.auditTarget(), group.getName());
        for (long moderatorId : moderatorIds) {
            access.member(moderatorId);
            memberships.save(
                    new GroupMembership(group.id(), moderatorId, GroupRole.MODERATOR, MembershipStatus.ACTIVE));
            audit.record(AuditAction.GROUP_MODERATOR_APPOINTED, group.auditTarget(), group.auditDetail(moderatorId));
        }
        return group.id();
    }

    public void update(long groupId, long expectedVersion, GroupDraft draft) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (group.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Group " + groupId + " changed");
        }
        ValidDraft valid = validate(draft, groupId);
        group.apply(
                valid.name(),
                valid.shortDescription(),
                valid.description(),
                draft.topicSlugs(),
                draft.joinPolicy(),
                draft.visibility());
        groups.flush();
        audit.record(AuditAction.GROUP_UPDATED, group.auditTarget(), group.getName());
    }

    /** Archived groups stay readable for their members and admins, but take no joins or posts. */
    public void setArchived(long groupId, boolean archived) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (group.isArchived() != archived) {
            group.setArchived(archived);
            audit.record(
                    archived ? AuditAction.GROUP_ARCHIVED : AuditAction.GROUP_REACTIVATED,
                    group.auditTarget(),
                    group.getName());
        }
    }

    /**
     * Replaces the group's image with the uploaded file, checked by content and re-encoded like a
     * member's photo ({@link PhotoProcessor}); a refused file leaves the old image in place.
     */
    public void uploadImage(long groupId, byte[] upload) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        byte[] processed = PhotoProcessor.process(upload);
        images.findById(groupId)
                .ifPresentOrElse(
                        image -> image.replace(processed, clock.instant()),
                        () -> images.save(new GroupImage(groupId, processed, clock.instant())));
        audit.record(
                AuditAction.GROUP_UPDATED, group.auditTarget(), AuditNote.of("audit.note.groupImage", group.getName()));
    }

    public void removeImage(long groupId) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (images.existsById(groupId)) {
            images.deleteById(groupId);
            audit.record(
                    AuditAction.GROUP_UPDATED,
                    group.auditTarget(),
                    AuditNote.of("audit.note.groupImageRemoved", group.getName()));
        }
    }

    private record ValidDraft(String name, String shortDescription, String description) {}

    private ValidDraft validate(GroupDraft draft, @Nullable Long groupId) {
        String name = GroupRules.required(draft.name(), GroupRules.NAME_MAX, "name");
        String shortDescription =
                GroupRules.required(draft.shortDescription(), GroupRules.SHORT_DESCRIPTION_MAX, "shortDescription");
        String description =
                draft.description() == null ? "" : draft.description().strip();
        if (description.length() > GroupRules.DESCRIPTION_MAX) {
            throw new DomainException("group.validation.tooLong", "description", GroupRules.DESCRIPTION_MAX);
        }
        Set<String> known =
                topics.findAll(Locale.GERMAN).stream().map(TopicItem::slug).collect(Collectors.toSet());
        for (String slug : draft.topicSlugs()) {
            if (!known.contains(slug)) {
                throw new DomainException("topic.unknown", slug);
            }
        }
        groups.findByNameIgnoreCase(name)
                .filter(other -> !Objects.equals(other.getId(), groupId))
                .ifPresent(other -> {
                    throw new DomainException("group.name.taken", name);
                });
        return new ValidDraft(name, shortDescription, description);
    }
}
