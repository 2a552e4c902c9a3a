package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.ProfileUpdate;
import de.ddnhamburg.network.domain.member.Visibility;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds a {@link ProfileUpdate} for tests: {@code ProfileBuilder.profile("Ida", "Idee").organisation("X").build()}. */
public final class ProfileBuilder {

    private final String firstName;
    private final String lastName;
    private @Nullable String title;
    private @Nullable String organisation;
    private @Nullable String position;
    private @Nullable District district;
    private @Nullable String bio;
    private List<String> expertise = new ArrayList<>();
    private Set<String> topics = Set.of();
    private @Nullable String website;
    private @Nullable String linkedin;
    private @Nullable String phone;
    private boolean listed = true;
    private final Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);

    private ProfileBuilder(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public static ProfileBuilder profile(String firstName, String lastName) {
        return new ProfileBuilder(firstName, lastName);
    }

    public ProfileBuilder title(String value) {
        title = value;
        return this;
    }

    public ProfileBuilder organisation(String value) {
        organisation = value;
        return this;
    }

    public ProfileBuilder position(String value) {
        position = value;
        return this;
    }

    public ProfileBuilder district(District value) {
        district = value;
        return this;
    }

    public ProfileBuilder bio(String value) {
        bio = value;
        return this;
    }

    public ProfileBuilder expertise(String... values) {
        expertise = List.of(values);
        return this;
    }

    public ProfileBuilder topics(String... slugs) {
        topics = Set.of(slugs);
        return this;
    }

    public ProfileBuilder website(String value) {
        website = value;
        return this;
    }

    public ProfileBuilder linkedin(String value) {
        linkedin = value;
        return this;
    }

    public ProfileBuilder phone(String value) {
        phone = value;
        return this;
    }

    public ProfileBuilder hiddenFromDirectory() {
        listed = false;
        return this;
    }

    public ProfileBuilder visible(ProfileField field, Visibility value) {
        visibility.put(field, value);
        return this;
    }

    public ProfileUpdate build() {
        return new ProfileUpdate(
                title,
                firstName,
                lastName,
                organisation,
                position,
                district,
                bio,
                expertise,
                topics,
                website,
                linkedin,
                null,
                phone,
                listed,
                visibility);
    }
}
