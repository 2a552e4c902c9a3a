package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import de.ddnhamburg.network.domain.member.DirectoryFilter;
import de.ddnhamburg.network.domain.member.DirectorySort;
import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingFilter;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.ui.RoutePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The directory filter as German query parameters: {@code suche, thema, bezirk, organisation, gruppe,
 * sortierung}, and {@code eintrag} for "Ich suche / Ich biete" ({@code biete-mentor}, {@code suche-job}).
 */
final class DirectoryLink {

    static final String TEXT = "suche";
    static final String TOPIC = "thema";
    static final String DISTRICT = "bezirk";
    static final String ORGANISATION = "organisation";
    static final String GROUP = "gruppe";
    static final String SORT = "sortierung";
    static final String SEEKING = "eintrag";

    private DirectoryLink() {}

    static DirectoryFilter read(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        DirectorySort sort = DirectorySort.NAME;
        String sortValue = first(values, SORT);
        for (DirectorySort candidate : DirectorySort.values()) {
            if (candidate.name().equalsIgnoreCase(sortValue)) {
                sort = candidate;
            }
        }
        String districtValue = first(values, DISTRICT);
        return new DirectoryFilter(
                first(values, TEXT),
                first(values, TOPIC),
                districtValue == null ? null : District.fromSlug(districtValue).orElse(null),
                first(values, ORGANISATION),
                groupId(first(values, GROUP)),
                sort,
                seeking(first(values, SEEKING)));
    }

    static String seekingValue(SeekingFilter filter) {
        return (filter.direction() == SeekingDirection.OFFER ? "biete-" : "suche-")
                + filter.kind().name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable SeekingFilter seeking(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (SeekingDirection direction : SeekingDirection.values()) {
            for (SeekingKind kind : SeekingKind.values()) {
                SeekingFilter filter = new SeekingFilter(direction, kind);
                if (seekingValue(filter).equalsIgnoreCase(value.strip())) {
                    return filter;
                }
            }
        }
        return null;
    }

    static void write(DirectoryFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, TEXT, filter.text());
        put(values, TOPIC, filter.topicSlug());
        put(
                values,
                DISTRICT,
                filter.district() == null ? null : filter.district().slug());
        put(values, ORGANISATION, filter.organisation());
        put(values, GROUP, filter.groupId() == null ? null : filter.groupId().toString());
        SeekingFilter seeking = filter.seeking();
        put(values, SEEKING, seeking == null ? null : seekingValue(seeking));
        if (filter.sort() != DirectorySort.NAME) {
            values.put(SORT, filter.sort().name().toLowerCase(Locale.ROOT));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage()
                    .getHistory()
                    .replaceState(null, new Location(RoutePaths.MEMBERS, QueryParameters.simple(values)));
        }
    }

    private static @Nullable Long groupId(@Nullable String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Map<String, String> values, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private static @Nullable String first(Map<String, List<String>> values, String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }
}
