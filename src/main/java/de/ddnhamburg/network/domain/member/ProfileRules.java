package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for profile input, in one place: the service enforces them, and the form uses the
 * same checks to answer at the field while the member types.
 */
public final class ProfileRules {

    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 50;
    public static final int ORGANISATION_MAX = 200;
    public static final int POSITION_MAX = 150;
    public static final int BIO_MAX = 2000;
    public static final int EXPERTISE_MAX_TAGS = 15;
    public static final int EXPERTISE_TAG_MAX = 60;
    public static final int URL_MAX = 300;
    public static final int PHONE_MAX = 40;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/\\-]{5,40}$");

    private ProfileRules() {}

    public static Optional<String> checkName(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("validation.required");
        }
        return checkLength(value, NAME_MAX);
    }

    public static Optional<String> checkLength(@Nullable String value, int max) {
        return value != null && value.strip().length() > max ? Optional.of("validation.tooLong") : Optional.empty();
    }

    /** Any http(s) address with a host; for LinkedIn and XING, an address on their site. */
    public static Optional<String> checkUrl(@Nullable String value, @Nullable String requiredHost) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.strip().length() > URL_MAX) {
            return Optional.of("validation.tooLong");
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("https") && !scheme.equals("http")) || host.isEmpty() || !host.contains(".")) {
                return Optional.of("validation.url.invalid");
            }
            if (requiredHost != null && !host.equals(requiredHost) && !host.endsWith("." + requiredHost)) {
                return Optional.of("validation.url.wrongSite");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("validation.url.invalid");
        }
    }

    public static Optional<String> checkPhone(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return PHONE.matcher(value.strip()).matches() ? Optional.empty() : Optional.of("validation.phone.invalid");
    }

    public static Optional<String> checkExpertise(List<String> tags) {
        List<String> cleaned = cleanTags(tags);
        if (cleaned.size() > EXPERTISE_MAX_TAGS) {
            return Optional.of("validation.expertise.tooMany");
        }
        if (cleaned.stream().anyMatch(tag -> tag.length() > EXPERTISE_TAG_MAX)) {
            return Optional.of("validation.expertise.tooLong");
        }
        return Optional.empty();
    }

    /** Trims, drops empty tags and repeats (ignoring case), keeping the member's order and spelling. */
    public static List<String> cleanTags(List<String> tags) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            String trimmed = tag.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.GERMAN))) {
                result.add(trimmed);
            }
        }
        return result;
    }

    static ValidProfile validate(ProfileUpdate update) {
        InvalidInputException.collect()
                .add("firstName", checkName(update.firstName()))
                .add("lastName", checkName(update.lastName()))
                .add("title", checkLength(update.title(), TITLE_MAX))
                .add("organisation", checkLength(update.organisation(), ORGANISATION_MAX))
                .add("position", checkLength(update.position(), POSITION_MAX))
                .add("bio", checkLength(update.bio(), BIO_MAX))
                .add("expertise", checkExpertise(update.expertise()), EXPERTISE_MAX_TAGS)
                .add("website", checkUrl(update.website(), null))
                .add("linkedin", checkUrl(update.linkedin(), "linkedin.com"))
                .add("xing", checkUrl(update.xing(), "xing.com"))
                .add("phone", checkPhone(update.phone()))
                .throwIfAny();
        Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            visibility.put(field, update.visibility().getOrDefault(field, field.defaultVisibility()));
        }
        return new ValidProfile(new ProfileUpdate(
                blankToNull(update.title()),
                update.firstName().strip(),
                update.lastName().strip(),
                blankToNull(update.organisation()),
                blankToNull(update.position()),
                update.district(),
                blankToNull(update.bio()),
                cleanTags(update.expertise()),
                Set.copyOf(update.topicSlugs()),
                blankToNull(update.website()),
                blankToNull(update.linkedin()),
                blankToNull(update.xing()),
                blankToNull(update.phone()),
                update.listedInDirectory(),
                visibility));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
