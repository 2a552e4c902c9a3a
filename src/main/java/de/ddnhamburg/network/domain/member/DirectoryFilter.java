package de.ddnhamburg.network.domain.member;

import org.jspecify.annotations.Nullable;

/**
 * What the directory is asked for. Every part is optional; the text matches name, organisation,
 * position and expertise (each word somewhere).
 */
public record DirectoryFilter(
        @Nullable String text,
        @Nullable String topicSlug,
        @Nullable District district,
        @Nullable String organisation,
        DirectorySort sort) {

    public static DirectoryFilter all() {
        return new DirectoryFilter(null, null, null, null, DirectorySort.NAME);
    }

    public DirectoryFilter withText(@Nullable String newText) {
        return new DirectoryFilter(newText, topicSlug, district, organisation, sort);
    }

    public DirectoryFilter withTopic(@Nullable String slug) {
        return new DirectoryFilter(text, slug, district, organisation, sort);
    }

    public DirectoryFilter withDistrict(@Nullable District newDistrict) {
        return new DirectoryFilter(text, topicSlug, newDistrict, organisation, sort);
    }

    public DirectoryFilter withOrganisation(@Nullable String newOrganisation) {
        return new DirectoryFilter(text, topicSlug, district, newOrganisation, sort);
    }

    public DirectoryFilter withSort(DirectorySort newSort) {
        return new DirectoryFilter(text, topicSlug, district, organisation, newSort);
    }
}
