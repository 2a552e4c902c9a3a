package de.ddnhamburg.network.domain.member;

import org.jspecify.annotations.Nullable;

/**
 * What the directory is asked for. Every part is optional; the text matches name, organisation,
 * position and expertise (each word somewhere). {@code groupId} keeps the active members of an
 * expert group; {@link MemberDirectoryService} refuses a group the viewer may not filter by.
 * {@code seeking} keeps members with a running "Ich suche / Ich biete" entry of that kind.
 */
public record DirectoryFilter(
        @Nullable String text,
        @Nullable String topicSlug,
        @Nullable District district,
        @Nullable String organisation,
        @Nullable Long groupId,
        DirectorySort sort,
        @Nullable SeekingFilter seeking) {

    public DirectoryFilter(
            @Nullable String text,
            @Nullable String topicSlug,
            @Nullable District district,
            @Nullable String organisation,
            @Nullable Long groupId,
            DirectorySort sort) {
        this(text, topicSlug, district, organisation, groupId, sort, null);
    }

    public static DirectoryFilter all() {
        return new DirectoryFilter(null, null, null, null, null, DirectorySort.NAME);
    }

    public DirectoryFilter withText(@Nullable String newText) {
        return new DirectoryFilter(newText, topicSlug, district, organisation, groupId, sort, seeking);
    }

    public DirectoryFilter withTopic(@Nullable String slug) {
        return new DirectoryFilter(text, slug, district, organisation, groupId, sort, seeking);
    }

    public DirectoryFilter withDistrict(@Nullable District newDistrict) {
        return new DirectoryFilter(text, topicSlug, newDistrict, organisation, groupId, sort, seeking);
    }

    public DirectoryFilter withOrganisation(@Nullable String newOrganisation) {
        return new DirectoryFilter(text, topicSlug, district, newOrganisation, groupId, sort, seeking);
    }

    public DirectoryFilter withGroup(@Nullable Long newGroupId) {
        return new DirectoryFilter(text, topicSlug, district, organisation, newGroupId, sort, seeking);
    }

    public DirectoryFilter withSort(DirectorySort newSort) {
        return new DirectoryFilter(text, topicSlug, district, organisation, groupId, newSort, seeking);
    }

    public DirectoryFilter withSeeking(@Nullable SeekingFilter newSeeking) {
        return new DirectoryFilter(text, topicSlug, district, organisation, groupId, sort, newSeeking);
    }
}
