package de.ddnhamburg.network.ui.member;

import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.ProfileUpdate;
import de.ddnhamburg.network.domain.member.TopicItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The form's working copy of a profile; Binder needs a mutable bean. */
class ProfileDraft {

    @Nullable
    String title;

    String firstName = "";
    String lastName = "";

    @Nullable
    String organisation;

    @Nullable
    String position;

    @Nullable
    District district;

    @Nullable
    String bio;

    Set<String> expertise = new LinkedHashSet<>();
    Set<TopicItem> topics = new LinkedHashSet<>();

    @Nullable
    String website;

    @Nullable
    String linkedin;

    @Nullable
    String xing;

    @Nullable
    String phone;

    boolean listed = true;

    static ProfileDraft of(OwnProfile profile, List<TopicItem> allTopics) {
        ProfileDraft draft = new ProfileDraft();
        draft.title = profile.title();
        draft.firstName = profile.firstName();
        draft.lastName = profile.lastName();
        draft.organisation = profile.organisation();
        draft.position = profile.position();
        draft.district = profile.district();
        draft.bio = profile.bio();
        draft.expertise = new LinkedHashSet<>(profile.expertise());
        draft.topics = allTopics.stream()
                .filter(topic -> profile.topicSlugs().contains(topic.slug()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        draft.website = profile.website();
        draft.linkedin = profile.linkedin();
        draft.xing = profile.xing();
        draft.phone = profile.phone();
        draft.listed = profile.listedInDirectory();
        return draft;
    }

    ProfileUpdate toUpdate(VisibilityChoices visibility) {
        return new ProfileUpdate(
                title,
                firstName,
                lastName,
                organisation,
                position,
                district,
                bio,
                new ArrayList<>(expertise),
                topics.stream().map(TopicItem::slug).collect(Collectors.toSet()),
                website,
                linkedin,
                xing,
                phone,
                listed,
                visibility.values());
    }
}
