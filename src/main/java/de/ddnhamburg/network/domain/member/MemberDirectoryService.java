package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding members: paged in the database, showing only what every member may see. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MemberDirectoryService {

    private final DirectoryQuery query;
    private final SuggestionQuery suggestionQuery;
    private final CurrentUser currentUser;
    private final ContactLookup contacts;
    private final MemberGroupLookup groups;
    private final MemberCongressLookup congresses;
    private final SeekingQuery seeking;
    private final Clock clock;
    private final MemberEventLookup events;

    MemberDirectoryService(
            DirectoryQuery query,
            SuggestionQuery suggestionQuery,
            CurrentUser currentUser,
            ContactLookup contacts,
            MemberGroupLookup groups,
            MemberCongressLookup congresses,
            SeekingQuery seeking,
            Clock clock,
            MemberEventLookup events) {
        this.seeking = seeking;
        this.clock = clock;
        this.events = events;
        this.query = query;
        this.suggestionQuery = suggestionQuery;
        this.congresses = congresses;
        this.currentUser = currentUser;
        this.contacts = contacts;
        this.groups = groups;
    }

    /**
     * What the directory shows when its filter changes: the first page and how many match, found
     * together because a text search reads all its matches for either (see {@link DirectoryQuery#firstPage}).
     */
    public DirectoryPage firstPage(DirectoryFilter filter, int pageSize, Locale locale) {
        requireUsableGroup(filter);
        DirectoryQuery.FirstPage first = query.firstPage(filter, pageSize);
        return new DirectoryPage(cards(first.rows(), locale), first.count());
    }

    /** Any page, as the list loads more while scrolling. */
    public List<MemberCard> findPage(DirectoryFilter filter, Pageable pageable, Locale locale) {
        requireUsableGroup(filter);
        return cards(query.page(filter, pageable.getOffset(), pageable.getPageSize()), locale);
    }

    /** The groups I may filter by: listed ones, and hidden or archived ones I am an active member of. */
    public List<GroupRef> filterGroups() {
        return groups.directoryGroups(currentUser.memberId().orElseThrow(NotFoundException::new));
    }

    /**
     * A hidden group's members are visible only to its members, so filtering by it is too: for
     * anyone else the group does not exist, as on the group pages.
     */
    private void requireUsableGroup(DirectoryFilter filter) {
        Long groupId = filter.groupId();
        if (groupId != null
                && !groups.mayFilterBy(currentUser.memberId().orElseThrow(NotFoundException::new), groupId)) {
            throw new NotFoundException();
        }
    }

    /**
     * "People you should meet": members who share the most topics and expertise with me and who are
     * not yet contacts (nor blocked, nor waiting for an answer). A congress both are or were
     * registered for (the other shown in its participant list) counts as one more thing shared (an
     * upcoming one also says where we meet), and so does taking part in the same events (as far as I
     * may see them). A member whose "Ich
     * suche / Ich biete" entry matches one of mine ranks higher ({@link #OFFER_WEIGHT}), also if we
     * share nothing else, and the suggestion says which entry matches.
     */
    public List<Suggestion> suggestionsForMe(int limit, Locale locale) {
        long me = currentUser.memberId().orElseThrow(NotFoundException::new);
        Map<Long, Long> scores = new HashMap<>();
        Map<Long, CongressRef> atCongress = congresses.fellowAttendees(me);
        Set<Long> excluded = contacts.alreadyConnected(me);
        Set<Long> congressFellows = new HashSet<>(congresses.fellowRegistrants(me));
        congressFellows.addAll(atCongress.keySet());
        List<DirectoryQuery.Row> rows = new ArrayList<>(suggestionQuery.mostInCommon(
                me, excluded, congressFellows, events.fellowParticipants(me), limit, scores));
        Map<Long, List<SeekingMatch>> matches =
                seeking.matchesFor(me, LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE), excluded);
        Set<Long> found = rows.stream().map(DirectoryQuery.Row::id).collect(Collectors.toSet());
        rows.addAll(suggestionQuery.listedRows(
                matches.keySet().stream().filter(id -> !found.contains(id)).toList()));
        Map<Long, Long> ranks = new HashMap<>();
        rows.forEach(
                row -> ranks.put(row.id(), scores.getOrDefault(row.id(), 0L) + matchWeight(matches.get(row.id()))));
        List<DirectoryQuery.Row> ranked = rows.stream()
                .sorted(Comparator.comparing((DirectoryQuery.Row row) -> -ranks.getOrDefault(row.id(), 0L))
                        .thenComparing(DirectoryQuery.Row::lastName)
                        .thenComparing(DirectoryQuery.Row::firstName)
                        .thenComparing(DirectoryQuery.Row::id))
                .limit(limit)
                .toList();
        return cards(ranked, locale).stream()
                .map(card -> new Suggestion(
                        card,
                        scores.getOrDefault(card.id(), 0L),
                        atCongress.get(card.id()),
                        matches.getOrDefault(card.id(), List.of())))
                .toList();
    }

    /**
     * An offer for what I seek weighs as much as {@link #OFFER_WEIGHT} shared topics: the network is
     * there so that people find work, clients and advice through each other (issue 16). Their search
     * for what I offer weighs a little less.
     */
    static final long OFFER_WEIGHT = 5;

    static final long SEARCH_WEIGHT = 3;

    private static long matchWeight(@Nullable List<SeekingMatch> matches) {
        if (matches == null) {
            return 0;
        }
        boolean offers = matches.stream().anyMatch(m -> m.theirDirection() == SeekingDirection.OFFER);
        boolean searches = matches.stream().anyMatch(m -> m.theirDirection() == SeekingDirection.SEEK);
        return (offers ? OFFER_WEIGHT : 0) + (searches ? SEARCH_WEIGHT : 0);
    }

    private List<MemberCard> cards(List<DirectoryQuery.Row> rows, Locale locale) {
        Map<Long, List<Object[]>> topics = query.topicsOf(rows.stream()
                .filter(DirectoryQuery.Row::topicsOpen)
                .map(DirectoryQuery.Row::id)
                .toList());
        boolean english = "en".equals(locale.getLanguage());
        return rows.stream()
                .map(row -> new MemberCard(
                        row.id(),
                        row.displayName(),
                        row.initials(),
                        row.organisation(),
                        row.position(),
                        topics.getOrDefault(row.id(), List.of()).stream()
                                .map(topic -> new TopicItem(
                                        (Long) topic[0], (String) topic[1], (String) (english ? topic[3] : topic[2])))
                                .sorted(Comparator.comparing(TopicItem::name))
                                .toList(),
                        row.hasPhoto()))
                .toList();
    }

    public DirectoryCount count(DirectoryFilter filter) {
        requireUsableGroup(filter);
        return query.count(filter);
    }
}
