package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles: members edit their own and see others' as far as their owners allow. The filtering
 * happens here, so no view or endpoint can obtain a detail its viewer may not see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MemberProfileService {

    private final MemberRepository members;
    private final TopicRepository topics;
    private final CurrentUser currentUser;
    private final ProfileAccess access;
    private final MemberPhotoRepository photos;
    private final Clock clock;
    private final MemberGroupLookup groups;
    private final MemberCongressLookup congresses;
    private final MemberEventLookup events;

    MemberProfileService(
            MemberRepository members,
            TopicRepository topics,
            CurrentUser currentUser,
            ProfileAccess access,
            MemberPhotoRepository photos,
            Clock clock,
            MemberGroupLookup groups,
            MemberCongressLookup congresses,
            MemberEventLookup events) {
        this.events = events;
        this.groups = groups;
        this.congresses = congresses;
        this.members = members;
        this.topics = topics;
        this.currentUser = currentUser;
        this.access = access;
        this.photos = photos;
        this.clock = clock;
    }

    public OwnProfile getOwnProfile() {
        return OwnProfile.of(current());
    }

    /**
     * Saves the member's own profile. {@code expectedVersion} is the version the form was loaded
     * with, so that two tabs cannot silently overwrite each other.
     */
    @Transactional
    public OwnProfile updateOwnProfile(long expectedVersion, ProfileUpdate update) {
        ValidProfile valid = ProfileRules.validate(update);
        Member member = current();
        if (member.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("profile changed since it was loaded");
        }
        member.applyProfile(valid, resolveTopics(valid.value().topicSlugs()));
        members.flush();
        return OwnProfile.of(member);
    }

    public ProfileDetails viewProfile(long memberId, Locale locale) {
        Member owner = members.findById(memberId).orElseThrow(NotFoundException::new);
        Relationship relationship = access.requireVisible(owner);
        return new ProfileDetails(
                owner.id(),
                owner.getDisplayName(),
                Names.initials(owner.getFirstName(), owner.getLastName()),
                relationship,
                shown(owner, relationship, ProfileField.ORGANISATION, owner.getOrganisation()),
                shown(owner, relationship, ProfileField.POSITION, owner.getPosition()),
                shown(owner, relationship, ProfileField.DISTRICT, owner.getDistrict()),
                shown(owner, relationship, ProfileField.BIO, owner.getBio()),
                owner.visibilityOf(ProfileField.TOPICS).allows(relationship)
                        ? topicViews(owner.getTopics(), locale)
                        : List.of(),
                owner.visibilityOf(ProfileField.EXPERTISE).allows(relationship)
                        ? List.copyOf(owner.getExpertise())
                        : List.of(),
                shown(owner, relationship, ProfileField.LINKS, owner.getWebsite()),
                shown(owner, relationship, ProfileField.LINKS, owner.getLinkedin()),
                shown(owner, relationship, ProfileField.LINKS, owner.getXing()),
                shown(owner, relationship, ProfileField.PHONE, owner.getPhone()),
                shown(owner, relationship, ProfileField.EMAIL, owner.getEmail()),
                owner.visibilityOf(ProfileField.PHOTO).allows(relationship) && photos.existsById(owner.id()));
    }

    /**
     * Answers "not found" for a member the signed-in member may not see: not active, or hidden from
     * the directory without being a contact. Other features ask before they act on a member.
     */
    public void requireVisible(long memberId) {
        access.requireVisible(members.findById(memberId).orElseThrow(NotFoundException::new));
    }

    /** The stored photo, only for viewers who may see this profile and its photo. */
    public Optional<byte[]> photoOf(long memberId) {
        Member owner = members.findById(memberId).orElseThrow(NotFoundException::new);
        Relationship relationship = access.requireVisible(owner);
        if (!owner.visibilityOf(ProfileField.PHOTO).allows(relationship)) {
            return Optional.empty();
        }
        return photos.findById(memberId).map(MemberPhoto::content);
    }

    /**
     * Replaces the own photo with the uploaded file after checking it by content and re-encoding it
     * (see {@link PhotoProcessor}); a refused file leaves the old photo in place.
     */
    @Transactional
    public void uploadOwnPhoto(byte[] upload) {
        byte[] processed = PhotoProcessor.process(upload);
        long id = current().id();
        photos.findById(id)
                .ifPresentOrElse(
                        photo -> photo.replace(processed, clock.instant()),
                        () -> photos.save(new MemberPhoto(id, processed, clock.instant())));
    }

    @Transactional
    public void removeOwnPhoto() {
        photos.deleteById(current().id());
    }

    public boolean hasOwnPhoto() {
        return photos.existsById(current().id());
    }

    /**
     * Shared topics and expertise, counting only what the other member lets the viewer see, the
     * groups both are active members of, and congresses and events both take part in.
     */
    public Commonalities commonalities(long memberId, Locale locale) {
        ProfileDetails other = viewProfile(memberId, locale);
        Member me = current();
        Set<String> myTopics = me.getTopics().stream().map(Topic::getSlug).collect(Collectors.toSet());
        List<TopicItem> sharedTopics = other.topics().stream()
                .filter(topic -> myTopics.contains(topic.slug()))
                .toList();
        Set<String> myExpertise = me.getExpertise().stream()
                .map(tag -> tag.toLowerCase(Locale.GERMAN))
                .collect(Collectors.toSet());
        List<String> sharedExpertise = other.expertise().stream()
                .filter(tag -> myExpertise.contains(tag.toLowerCase(Locale.GERMAN)))
                .toList();
        return new Commonalities(
                sharedTopics,
                sharedExpertise,
                groups.sharedGroups(me.id(), other.id()),
                congresses.sharedCongresses(me.id(), other.id()),
                events.sharedEvents(me.id(), other.id()));
    }

    private static <T> @Nullable T shown(Member owner, Relationship viewer, ProfileField field, @Nullable T value) {
        return owner.visibilityOf(field).allows(viewer) ? value : null;
    }

    private static List<TopicItem> topicViews(Set<Topic> topics, Locale locale) {
        return topics.stream()
                .map(topic -> TopicItem.of(topic, locale))
                .sorted(Comparator.comparing(TopicItem::name))
                .toList();
    }

    private Set<Topic> resolveTopics(Set<String> slugs) {
        return slugs.stream()
                .map(slug -> topics.findBySlug(slug).orElseThrow(() -> new NotFoundException()))
                .collect(Collectors.toSet());
    }

    private Member current() {
        long id = currentUser.memberId().orElseThrow(NotFoundException::new);
        return CurrentMember.require(members.findById(id), currentUser);
    }
}
