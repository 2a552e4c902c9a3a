package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The directory query on each database. Every test works with its own marker word, because the
 * database is shared with other tests.
 */
abstract class DirectoryContract {

    @Autowired
    MemberDirectoryService directory;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    SeekingService seeking;

    String marker;

    @BeforeEach
    void setUp() {
        marker = TestMarkers.word("qz");
        SecurityTestSupport.signIn(testMembers.member());
    }

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void finds_by_name_prefix_organisation_substring_position_and_expertise_ignoring_case() {
        add(
                "Greta",
                "Grau" + marker,
                profile -> profile.organisation("Werft Finkenwerder")
                        .position("Meisterin")
                        .expertise("Schweißtechnik"));
        add(
                "Hinnerk",
                "Hell" + marker,
                profile -> profile.organisation("Alster Logistik").expertise("Lagerlogistik"));

        assertThat(names(filter("grau" + marker))).containsExactly("Greta Grau" + marker);
        assertThat(names(filter("FINKENWERD " + marker))).containsExactly("Greta Grau" + marker);
        assertThat(names(filter("meisterin " + marker))).containsExactly("Greta Grau" + marker);
        assertThat(names(filter("lagerlog " + marker))).containsExactly("Hinnerk Hell" + marker);
        assertThat(count(filter(marker)).value()).isEqualTo(2);
    }

    @Test
    void restricted_details_are_neither_searchable_nor_filterable_nor_shown() {
        add(
                "Paula",
                "Privat" + marker,
                profile -> profile.organisation("Verschwiegen AG")
                        .position("Geheimrätin")
                        .expertise("Diskretion")
                        .district(District.BERGEDORF)
                        .topics("diversity")
                        .visible(ProfileField.ORGANISATION, Visibility.CONTACTS)
                        .visible(ProfileField.POSITION, Visibility.ONLY_ME)
                        .visible(ProfileField.EXPERTISE, Visibility.CONTACTS)
                        .visible(ProfileField.DISTRICT, Visibility.ONLY_ME)
                        .visible(ProfileField.TOPICS, Visibility.CONTACTS));

        assertThat(count(filter("verschwiegen " + marker)).value()).isZero();
        assertThat(count(filter("geheimrätin " + marker)).value()).isZero();
        assertThat(count(filter("diskretion " + marker)).value()).isZero();
        assertThat(count(filter(marker).withOrganisation("Verschwiegen")).value())
                .isZero();
        assertThat(count(filter(marker).withDistrict(District.BERGEDORF)).value())
                .isZero();
        assertThat(count(filter(marker).withTopic("diversity")).value()).isZero();
        MemberCard card = page(filter(marker), 0, 10).getFirst();
        assertThat(card.organisation()).isNull();
        assertThat(card.position()).isNull();
        assertThat(card.topics()).isEmpty();
    }

    @Test
    void hidden_profiles_are_not_listed() {
        add("Henny", "Hidden" + marker, profile -> profile.hiddenFromDirectory());
        add("Vera", "Visible" + marker, profile -> profile);

        assertThat(names(filter(marker))).containsExactly("Vera Visible" + marker);
    }

    @Test
    void filters_by_topic_district_and_organisation_and_shows_open_topics() {
        add(
                "Anke",
                "Altona" + marker,
                profile -> profile.district(District.ALTONA)
                        .organisation("Fischmarkt eG")
                        .topics("fuehrung", "diversity"));
        add(
                "Bodo",
                "Bergedorf" + marker,
                profile -> profile.district(District.BERGEDORF)
                        .organisation("Schloss eG")
                        .topics("fuehrung"));

        assertThat(names(filter(marker).withTopic("diversity"))).containsExactly("Anke Altona" + marker);
        assertThat(names(filter(marker).withDistrict(District.BERGEDORF))).containsExactly("Bodo Bergedorf" + marker);
        assertThat(names(filter(marker).withOrganisation("fischMARKT"))).containsExactly("Anke Altona" + marker);
        assertThat(names(filter(marker).withTopic("fuehrung"))).hasSize(2);
        assertThat(page(filter("anke " + marker), 0, 10).getFirst().topics())
                .extracting(TopicItem::name)
                .containsExactly("Diversity", "Führung");
    }

    @Test
    void words_with_two_other_conditions_find_only_who_matches_all_of_them() {
        add(
                "Berta",
                "Berater" + marker,
                profile -> profile.district(District.ALTONA).topics("diversity"));
        add(
                "Carl",
                "Coach" + marker,
                profile -> profile.district(District.ALTONA)
                        .topics("diversity", "fuehrung")
                        .expertise("Beratung"));
        add(
                "Dora",
                "Dock" + marker,
                profile -> profile.district(District.ALTONA).topics("fuehrung").expertise("Beratung"));
        add(
                "Emil",
                "Elbe" + marker,
                profile ->
                        profile.district(District.BERGEDORF).topics("diversity").expertise("Beratung"));
        add(
                "Frida",
                "Fleet" + marker,
                profile -> profile.district(District.ALTONA).topics("diversity"));

        DirectoryFilter all =
                filter("berat " + marker).withDistrict(District.ALTONA).withTopic("diversity");
        assertThat(names(all)).containsExactly("Berta Berater" + marker, "Carl Coach" + marker);
        assertThat(count(all)).isEqualTo(new DirectoryCount(2, true));
        assertThat(names(all.withOrganisation("nirgendwo"))).isEmpty();
    }

    @Test
    void pages_in_the_database_in_the_chosen_order() {
        for (String last : List.of("Cc", "Aa", "Dd", "Bb", "Ee")) {
            add("Tina", last + marker, profile -> profile.organisation("Org " + (char) ('Z' - last.charAt(0) + 'A')));
        }

        assertThat(names(page(filter(marker), 0, 2))).containsExactly("Tina Aa" + marker, "Tina Bb" + marker);
        assertThat(names(page(filter(marker), 1, 2))).containsExactly("Tina Cc" + marker, "Tina Dd" + marker);
        assertThat(names(page(filter(marker), 2, 2))).containsExactly("Tina Ee" + marker);
        assertThat(names(page(filter(marker).withSort(DirectorySort.ORGANISATION), 0, 1)))
                .containsExactly("Tina Ee" + marker);
        assertThat(names(page(filter(marker).withSort(DirectorySort.NEWEST), 0, 1)))
                .containsExactly("Tina Ee" + marker);
    }

    @Test
    void search_wildcards_are_taken_literally() {
        add("Wilma", "Wild" + marker, profile -> profile.organisation("100% Hamburg"));

        assertThat(count(filter("100% " + marker)).value()).isEqualTo(1);
        assertThat(count(filter("_ " + marker)).value()).isZero();
        assertThat(count(filter("% " + marker)).value()).isEqualTo(1);
    }

    @Test
    void counting_stops_at_the_limit_and_says_so() {
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            rows.add(new Object[] {
                Timestamp.from(now),
                Timestamp.from(now),
                marker + i + "@bulk.example.org",
                "Bulk",
                "Member" + i,
                "bulk member" + i + " " + marker
            });
        }
        jdbc.batchUpdate(
                "insert into member (version, created_at, updated_at, email, password_hash, first_name,"
                        + " last_name, search_text, status, language) values (0, ?, ?, ?, 'x', ?, ?, ?, 'ACTIVE', 'de')",
                rows);

        DirectoryCount count = count(filter(marker));

        assertThat(count.exact()).isFalse();
        assertThat(count.value()).isEqualTo(1000);
        assertThat(count(filter("member999 " + marker))).isEqualTo(new DirectoryCount(1, true));
    }

    @Test
    void a_search_finds_the_first_matches_in_list_order_also_far_down_the_list() {
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_600; i++) {
            String last = String.format(Locale.ROOT, "Aaa%04d", i);
            rows.add(new Object[] {
                Timestamp.from(now),
                Timestamp.from(now),
                marker + i + "@early.example.org",
                "Vorne",
                last,
                "vorne " + last.toLowerCase(Locale.ROOT) + (i == 0 ? " " + marker : "")
            });
        }
        jdbc.batchUpdate(
                "insert into member (version, created_at, updated_at, email, password_hash, first_name,"
                        + " last_name, search_text, status, language) values (0, ?, ?, ?, 'x', ?, ?, ?, 'ACTIVE', 'de')",
                rows);
        add("Zora", "Zz" + marker, profile -> profile);
        add("Zeno", "Zy" + marker, profile -> profile);

        assertThat(names(page(filter(marker), 0, 2))).containsExactly("Vorne Aaa0000", "Zeno Zy" + marker);
        assertThat(names(page(filter(marker), 1, 2))).containsExactly("Zora Zz" + marker);
        assertThat(names(page(filter("zz" + marker), 0, 1))).containsExactly("Zora Zz" + marker);
        assertThat(count(filter(marker)).value()).isEqualTo(3);
    }

    @Test
    void suggestions_rank_by_shared_open_topics_and_expertise_and_leave_out_contacts_and_blocks() {
        var me = testMembers.withProfile(
                marker + ".me@example.org",
                profile("Mona", "Me" + marker)
                        .topics("fuehrung", "diversity", "netzwerken")
                        .expertise("Mentoring", marker)
                        .build());
        testMembers.withProfile(
                marker + ".three@example.org",
                profile("Theo", "Three" + marker)
                        .topics("fuehrung", "diversity")
                        .expertise(marker.toUpperCase(Locale.ROOT))
                        .build());
        testMembers.withProfile(
                marker + ".one@example.org",
                profile("Olga", "One" + marker)
                        .topics("netzwerken")
                        .expertise(marker + "x")
                        .build());
        var closed = testMembers.withProfile(
                marker + ".closed@example.org",
                profile("Clara", "Closed" + marker)
                        .topics("fuehrung", "diversity", "netzwerken")
                        .expertise(marker)
                        .visible(ProfileField.TOPICS, Visibility.CONTACTS)
                        .visible(ProfileField.EXPERTISE, Visibility.ONLY_ME)
                        .build());
        var blocked = testMembers.withProfile(
                marker + ".blocked@example.org",
                profile("Bruno", "Blocked" + marker).expertise(marker).build());
        // Shares more than anyone, but is a contact already.
        var contact = testMembers.withProfile(
                marker + ".contact@example.org",
                profile("Konrad", "Contact" + marker)
                        .topics("fuehrung", "diversity", "netzwerken")
                        .expertise("Mentoring", marker)
                        .build());
        ContactRequestItem request = Acting.as(me, () -> requests.send(contact.memberId(), Contacts.firstContact()));
        Acting.run(contact, () -> requests.accept(request.id()));
        SecurityTestSupport.signIn(me);
        blocks.block(blocked.memberId());

        // A limit far above the members other tests leave in the shared database: those sharing one
        // topic rank by name, and Olga must not fall off the end because of them.
        List<Suggestion> suggestions = directory.suggestionsForMe(10_000, Locale.GERMAN).stream()
                .filter(suggestion -> suggestion.card().displayName().endsWith(marker))
                .toList();

        assertThat(suggestions)
                .extracting(suggestion -> suggestion.card().displayName(), Suggestion::sharedCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Theo Three" + marker, 3L),
                        org.assertj.core.groups.Tuple.tuple("Olga One" + marker, 1L));
        assertThat(closed.memberId())
                .isNotIn(suggestions.stream().map(s -> s.card().id()).toList());
        assertThat(contacts.areContacts(me.memberId(), contact.memberId())).isTrue();
        assertThat(suggestions)
                .extracting(suggestion -> suggestion.card().id())
                .doesNotContain(contact.memberId(), blocked.memberId());
    }

    @Test
    void filters_by_the_active_members_of_a_group_together_with_the_other_filters() {
        LoginAccount moderator = add("Gerd", "Gruppe" + marker, profile -> profile.district(District.ALTONA));
        LoginAccount joined = add("Anna", "Aktiv" + marker, profile -> profile.topics("diversity"));
        LoginAccount asking = add("Rita", "Fragend" + marker, profile -> profile);
        LoginAccount hidden = add("Henny", "Versteckt" + marker, profile -> profile.hiddenFromDirectory());
        add("Otto", "Draussen" + marker, profile -> profile.topics("diversity"));
        long open = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long onRequest = Groups.create(
                testMembers, groupAdministration, JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, moderator);
        for (LoginAccount member : List.of(joined, hidden)) {
            Acting.run(member, () -> groupMembership.join(open));
        }
        Acting.run(asking, () -> groupMembership.join(onRequest));

        assertThat(names(filter(marker).withGroup(open)))
                .containsExactly("Anna Aktiv" + marker, "Gerd Gruppe" + marker);
        assertThat(count(filter(marker).withGroup(open))).isEqualTo(new DirectoryCount(2, true));
        assertThat(names(filter(marker).withGroup(onRequest))).containsExactly("Gerd Gruppe" + marker);
        assertThat(names(filter(marker).withGroup(open).withTopic("diversity"))).containsExactly("Anna Aktiv" + marker);
        assertThat(names(filter("gruppe" + marker).withGroup(open).withDistrict(District.ALTONA)))
                .containsExactly("Gerd Gruppe" + marker);
        assertThat(names(page(filter(marker).withGroup(open).withSort(DirectorySort.NEWEST), 0, 1)))
                .containsExactly("Anna Aktiv" + marker);
    }

    /**
     * A fragment is found inside any word of name, organisation or expertise, not only at a word's
     * start, and a word replaced in a profile is no longer found.
     */
    @Test
    void a_fragment_inside_a_word_finds_every_member_holding_it_in_name_order_until_the_word_is_replaced() {
        String fragment = marker.substring(2, 8);
        add("Zora", "Zander" + marker, profile -> profile.expertise("Holz" + marker + "technik"));
        add("Olga", "Ober" + marker + "hof", profile -> profile);
        LoginAccount anton =
                add("Anton", "Adler" + marker, profile -> profile.organisation("Nord" + marker + "werk GmbH"));

        assertThat(names(filter(fragment.toUpperCase(Locale.ROOT))))
                .containsExactly("Anton Adler" + marker, "Olga Ober" + marker + "hof", "Zora Zander" + marker);
        assertThat(names(filter("werk " + fragment))).containsExactly("Anton Adler" + marker);
        assertThat(count(filter(fragment)).value()).isEqualTo(3);

        testMembers.withProfile(
                anton.email(),
                profile("Anton", "Adler" + marker)
                        .organisation("Alster Reederei")
                        .build());

        assertThat(names(filter("nord" + marker + "werk"))).isEmpty();
        assertThat(names(filter("reederei " + fragment))).containsExactly("Anton Adler" + marker);
    }

    @Test
    void a_profile_change_reaches_the_search_at_once() {
        LoginAccount member = add("Marta", "Wechsel" + marker, profile -> profile.organisation("Alte Werft"));
        assertThat(count(filter("werft " + marker)).value()).isEqualTo(1);

        testMembers.withProfile(
                member.email(),
                profile("Marta", "Wechsel" + marker)
                        .organisation("Neue Reederei")
                        .district(District.HARBURG)
                        .topics("diversity")
                        .build());

        assertThat(count(filter("werft " + marker)).value()).isZero();
        assertThat(names(filter(marker)
                        .withOrganisation("reederei")
                        .withDistrict(District.HARBURG)
                        .withTopic("diversity")))
                .containsExactly("Marta Wechsel" + marker);

        testMembers.withProfile(
                member.email(),
                profile("Marta", "Wechsel" + marker)
                        .organisation("Neue Reederei")
                        .topics("fuehrung")
                        .visible(ProfileField.ORGANISATION, Visibility.CONTACTS)
                        .build());

        assertThat(count(filter(marker).withTopic("diversity")).value()).isZero();
        assertThat(count(filter(marker).withTopic("fuehrung")).value()).isEqualTo(1);
        assertThat(count(filter(marker).withOrganisation("reederei")).value()).isZero();

        testMembers.withProfile(
                member.email(),
                profile("Marta", "Wechsel" + marker).hiddenFromDirectory().build());

        assertThat(count(filter(marker)).value()).isZero();
    }

    @Test
    void filters_by_running_entries_shown_to_all_and_ranks_an_offer_for_my_search_first_saying_why() {
        SeekingFilter speakers = new SeekingFilter(SeekingDirection.OFFER, SeekingKind.SPEAKERS);
        LoginAccount offering = add("Sven", "Angebot" + marker, profile -> profile);
        offer(offering, SeekingDirection.OFFER, SeekingKind.SPEAKERS);
        LoginAccount contactsOnly = add("Carla", "Angebot" + marker, profile -> profile);
        offer(contactsOnly, SeekingDirection.OFFER, SeekingKind.SPEAKERS);
        Acting.run(contactsOnly, () -> seeking.setVisibility(Visibility.CONTACTS));
        LoginAccount expired = add("Emil", "Angebot" + marker, profile -> profile);
        offer(expired, SeekingDirection.OFFER, SeekingKind.SPEAKERS);
        jdbc.update(
                "update seeking_entry set expires_on = ? where member_id = ?",
                java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(2)),
                expired.memberId());
        LoginAccount alsoSeeking = add("Siri", "Angebot" + marker, profile -> profile);
        offer(alsoSeeking, SeekingDirection.SEEK, SeekingKind.SPEAKERS);

        assertThat(names(filter(marker).withSeeking(speakers))).containsExactly("Sven Angebot" + marker);
        assertThat(count(filter(marker).withSeeking(speakers)).value()).isEqualTo(1);
        assertThat(directory.findPage(
                        DirectoryFilter.all().withSeeking(speakers), PageRequest.of(0, 10_000), Locale.GERMAN))
                .extracting(MemberCard::id)
                .contains(offering.memberId())
                .doesNotContain(contactsOnly.memberId(), expired.memberId(), alsoSeeking.memberId());

        LoginAccount me = add("Mona", "Sucht" + marker, profile -> profile.expertise(marker, marker + "b"));
        add("Theo", "Teilt" + marker, profile -> profile.expertise(marker, marker + "b"));
        offer(me, SeekingDirection.SEEK, SeekingKind.SPEAKERS);
        SecurityTestSupport.signIn(me);

        List<Suggestion> suggestions = directory.suggestionsForMe(10_000, Locale.GERMAN).stream()
                .filter(suggestion -> suggestion.card().displayName().endsWith(marker))
                .toList();
        assertThat(suggestions)
                .extracting(suggestion -> suggestion.card().displayName(), Suggestion::matches)
                .as("the offer outweighs two shared areas of expertise; hidden and expired offers do not count")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Sven Angebot" + marker,
                                List.of(new SeekingMatch(SeekingDirection.OFFER, SeekingKind.SPEAKERS))),
                        org.assertj.core.groups.Tuple.tuple("Theo Teilt" + marker, List.of()));
    }

    private void offer(LoginAccount who, SeekingDirection direction, SeekingKind kind) {
        Acting.run(who, () -> seeking.add(new SeekingDraft(direction, kind, "Eintrag " + marker, null)));
    }

    private LoginAccount add(
            String firstName,
            String lastName,
            java.util.function.UnaryOperator<de.ddnhamburg.network.support.ProfileBuilder> details) {
        String email = (firstName + "." + lastName).toLowerCase(Locale.ROOT) + "@example.org";
        return testMembers.withProfile(
                email, details.apply(profile(firstName, lastName)).build());
    }

    static DirectoryFilter filter(String text) {
        return DirectoryFilter.all().withText(text);
    }

    /**
     * The first page as the directory view gets it, together with its count; checked against asking
     * for the page and the count one at a time, so that both ways agree on every filter here.
     */
    private List<String> names(DirectoryFilter filter) {
        List<MemberCard> first = directory.firstPage(filter, 50, Locale.GERMAN).cards();
        assertThat(first).as("first page found with the count").isEqualTo(page(filter, 0, 50));
        return names(first);
    }

    DirectoryCount count(DirectoryFilter filter) {
        DirectoryCount counted = directory.count(filter);
        for (int pageSize : new int[] {50, 1}) {
            assertThat(directory.firstPage(filter, pageSize, Locale.GERMAN).count())
                    .as("count found with a first page of %d", pageSize)
                    .isEqualTo(counted);
        }
        return counted;
    }

    private List<MemberCard> page(DirectoryFilter filter, int page, int size) {
        return directory.findPage(filter, PageRequest.of(page, size), Locale.GERMAN);
    }

    private static List<String> names(List<MemberCard> cards) {
        return cards.stream().map(MemberCard::displayName).toList();
    }
}
