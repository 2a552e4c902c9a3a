package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.GroupRef;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.support.BrowserMarkup;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.ui.components.ItemsSelect;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MemberDirectoryViewTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MemberProfileService profiles;

    String marker;
    LoginAccount lotte;

    @BeforeEach
    void members() {
        marker = TestMarkers.word("qd");
        lotte = testMembers.withProfile(
                "lotte." + marker + "@example.org",
                profile("Lotte", "Lotsin" + marker)
                        .organisation("Hafenlotsen Hamburg")
                        .topics("fuehrung")
                        .expertise("Nautik")
                        .build());
        testMembers.withProfile(
                "karl." + marker + "@example.org",
                profile("Karl", "Kran" + marker)
                        .organisation("Containerterminal")
                        .phone("040 5550000")
                        .visible(ProfileField.ORGANISATION, Visibility.ONLY_ME)
                        .build());
        loginAsMember();
    }

    @Test
    void the_page_has_a_real_heading_and_its_lead() {
        navigate(MemberDirectoryView.class);

        org.w3c.dom.Element intro = BrowserMarkup.of(_get(Div.class, spec -> spec.withId("directory-intro")));
        assertThat(intro.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Mitglieder");
        assertThat(intro.getElementsByTagName("p").item(0).getTextContent()).startsWith("Finden Sie Menschen");
    }

    @Test
    void search_as_you_type_narrows_the_list_and_shows_the_count() {
        navigate(MemberDirectoryView.class);

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("directory-search")), marker);
        assertThat(cards())
                .extracting(MemberCard::displayName)
                .containsExactly("Karl Kran" + marker, "Lotte Lotsin" + marker);
        assertThat(resultCount()).isEqualTo("2 Mitglieder gefunden");

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("directory-search")), "nautik " + marker);
        assertThat(cards()).extracting(MemberCard::displayName).containsExactly("Lotte Lotsin" + marker);
        assertThat(resultCount()).isEqualTo("1 Mitglied gefunden");
    }

    @Test
    void the_count_covers_all_matches_and_scrolling_loads_the_next_page() {
        sixtyInARow();
        navigate(MemberDirectoryView.class);

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("directory-search")), "reihe " + marker);

        assertThat(resultCount()).isEqualTo("60 Mitglieder gefunden");
        VirtualList<MemberCard> list = results();
        List<MemberCard> second = list.getDataProvider()
                .fetch(new com.vaadin.flow.data.provider.Query<>(50, 50, List.of(), null, null))
                .toList();
        assertThat(second)
                .extracting(MemberCard::displayName)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(50, 60)
                        .mapToObj(i -> String.format(java.util.Locale.ROOT, "Rita Reihe%02d", i))
                        .toList());
        assertThat(cards())
                .hasSize(60)
                .first()
                .extracting(MemberCard::displayName)
                .isEqualTo("Rita Reihe00");
    }

    /** A narrow phone shows two or three cards and asks for just those, from wherever it scrolled to. */
    @Test
    void small_ranges_anywhere_in_the_list_get_exactly_their_cards() {
        sixtyInARow();
        navigate(MemberDirectoryView.class);

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("directory-search")), "reihe " + marker);

        assertThat(VirtualListsKt._fetch(results(), 0, 2))
                .extracting(MemberCard::displayName)
                .containsExactly("Rita Reihe00", "Rita Reihe01");
        for (int[] range : new int[][] {{0, 2}, {3, 2}, {5, 3}, {49, 2}, {51, 7}, {58, 5}}) {
            assertThat(VirtualListsKt._fetch(results(), range[0], range[1]))
                    .as("offset %d, limit %d", range[0], range[1])
                    .extracting(MemberCard::displayName)
                    .containsExactlyElementsOf(
                            java.util.stream.IntStream.range(range[0], Math.min(range[0] + range[1], 60))
                                    .mapToObj(i -> String.format(java.util.Locale.ROOT, "Rita Reihe%02d", i))
                                    .toList());
        }
    }

    @Test
    void cards_show_only_what_all_members_may_see() {
        navigate("mitglieder?suche=" + marker);

        assertThat(shown("Karl"))
                .containsEntry("name", "Karl Kran" + marker)
                .containsEntry("initials", "KK")
                .containsEntry("work", "")
                .containsEntry("photo", null);
        assertThat(shownText("Karl")).doesNotContain("Containerterminal").doesNotContain("5550000");
        assertThat(shown("Lotte"))
                .containsEntry("name", "Lotte Lotsin" + marker)
                .containsEntry("work", "Hafenlotsen Hamburg")
                .containsEntry("topics", List.of("Führung"))
                .containsEntry("href", "mitglieder/" + lotte.memberId());
        assertThat(shownText("Lotte")).contains("Lotte Lotsin" + marker, "Hafenlotsen Hamburg");
    }

    /** One photo address serves the list; the service still decides per member and per request. */
    @Test
    void a_photo_is_shown_only_where_its_owner_lets_members_see_it() throws java.io.IOException {
        LoginAccount paula = testMembers.withProfile(
                "paula." + marker + "@example.org",
                profile("Paula", "Passbild" + marker).build());
        LoginAccount hanna = testMembers.withProfile(
                "hanna." + marker + "@example.org",
                profile("Hanna", "Hinterglas" + marker)
                        .visible(ProfileField.PHOTO, Visibility.ONLY_ME)
                        .build());
        for (LoginAccount owner : List.of(paula, hanna)) {
            login(owner);
            profiles.uploadOwnPhoto(png());
        }
        loginAsMember();
        navigate("mitglieder?suche=" + marker);

        ListPhotos photos = photosOf(results());
        String address = (String) shown("Paula").get("photo");
        assertThat(address).endsWith("?m=" + paula.memberId());
        assertThat(photos.photo(String.valueOf(paula.memberId()))).isPresent();
        // No address for a hidden photo, and asking for it by number gets nothing either.
        assertThat(shown("Hanna")).containsEntry("photo", null);
        assertThat(photos.photo(String.valueOf(hanna.memberId()))).isEmpty();
        assertThat(photos.photo("999999999")).isEmpty();
        assertThat(photos.photo("1 or 1=1")).isEmpty();
    }

    @Test
    void a_deep_link_restores_the_filter() {
        navigate("mitglieder?thema=fuehrung&suche=" + marker);

        @SuppressWarnings("unchecked")
        ComboBox<TopicItem> topic = _get(ComboBox.class, spec -> spec.withId("directory-topic"));
        assertThat(topic.getValue().slug()).isEqualTo("fuehrung");
        assertThat(_get(TextField.class, spec -> spec.withId("directory-search"))
                        .getValue())
                .isEqualTo(marker);
        assertThat(cards()).extracting(MemberCard::displayName).containsExactly("Lotte Lotsin" + marker);
    }

    @Test
    void no_result_shows_a_friendly_empty_state_with_a_way_back() {
        navigate("mitglieder?suche=niemand-heisst-so-" + marker);

        Div empty = _get(Div.class, spec -> spec.withId("directory-empty"));
        assertThat(empty.getElement().getTextRecursively()).contains("Niemand passt zu dieser Suche");
        _assertNone(VirtualList.class);

        _click(_get(Button.class, spec -> spec.withId("directory-reset")));

        assertThat(_get(TextField.class, spec -> spec.withId("directory-search"))
                        .getValue())
                .isEmpty();
        _assertNone(Div.class, spec -> spec.withId("directory-empty"));
        @SuppressWarnings("unchecked")
        ComboBox<TopicItem> topic = _get(ComboBox.class, spec -> spec.withId("directory-topic"));
        assertThat(topic.isEmpty()).isTrue();
        assertThat(topic.getPlaceholder()).isEqualTo("Alle Themen");
    }

    @Test
    void the_group_filter_keeps_the_groups_members_and_a_deep_link_restores_it() {
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, lotte);
        navigate("mitglieder?suche=" + marker);

        FieldInput.setValueAsUser(
                groupSelect(),
                groupSelect().getItems().stream()
                        .filter(item -> item.id() == group)
                        .findFirst()
                        .orElseThrow());

        assertThat(cards()).extracting(MemberCard::displayName).containsExactly("Lotte Lotsin" + marker);

        navigate(MemberDirectoryView.class);
        navigate("mitglieder?gruppe=" + group + "&suche=" + marker);

        assertThat(groupSelect().getValue()).extracting(GroupRef::id).isEqualTo(group);
        assertThat(cards()).extracting(MemberCard::displayName).containsExactly("Lotte Lotsin" + marker);
    }

    @Test
    void a_hidden_group_is_neither_offered_to_outsiders_nor_restored_from_a_link() {
        long hidden =
                Groups.create(testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, lotte);

        navigate("mitglieder?gruppe=" + hidden + "&suche=" + marker);

        assertThat(groupSelect().getItems()).noneMatch(item -> item.id() == hidden);
        assertThat(groupSelect().getValue()).isNull();
        assertThat(cards())
                .extracting(MemberCard::displayName)
                .containsExactly("Karl Kran" + marker, "Lotte Lotsin" + marker);
    }

    /** Sixty members "Rita Reihe00" to "Rita Reihe59", inserted at once, found by "reihe" and the marker. */
    private void sixtyInARow() {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String last = String.format(java.util.Locale.ROOT, "Reihe%02d", i);
            rows.add(new Object[] {
                now,
                now,
                marker + i + "@bulk.example.org",
                last,
                (last + " " + marker).toLowerCase(java.util.Locale.ROOT)
            });
        }
        jdbc.batchUpdate(
                "insert into member (version, created_at, updated_at, email, password_hash, first_name,"
                        + " last_name, search_text, status, language) values (0, ?, ?, ?, 'x', 'Rita', ?, ?, 'ACTIVE', 'de')",
                rows);
    }

    @SuppressWarnings("unchecked")
    private ItemsSelect<GroupRef> groupSelect() {
        return _get(ItemsSelect.class, spec -> spec.withId("directory-group"));
    }

    /** The properties the browser gets for the card whose name starts with {@code firstName}. */
    private java.util.Map<String, Object> shown(String firstName) {
        MemberCard card = cards().stream()
                .filter(candidate -> candidate.displayName().startsWith(firstName))
                .findFirst()
                .orElseThrow();
        java.util.Map<String, Object> shown = new java.util.HashMap<>();
        renderer().getValueProviders().forEach((name, value) -> shown.put(name, value.apply(card)));
        return shown;
    }

    /** The card's visible text as Karibu renders the template with those properties. */
    private String shownText(String firstName) {
        List<MemberCard> all = cards();
        for (int row = 0; row < all.size(); row++) {
            if (all.get(row).displayName().startsWith(firstName)) {
                return VirtualListsKt._getFormatted(results(), row);
            }
        }
        throw new AssertionError("no card for " + firstName);
    }

    private com.vaadin.flow.data.renderer.LitRenderer<MemberCard> renderer() {
        return (com.vaadin.flow.data.renderer.LitRenderer<MemberCard>) VirtualListsKt.get_renderer(results());
    }

    private static ListPhotos photosOf(VirtualList<MemberCard> list) {
        return java.util.Objects.requireNonNull(ComponentUtil.getData(list, ListPhotos.class));
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The count is the span's text property (no text node on the server): what the browser shows. */
    private static String resultCount() {
        return _get(Span.class, spec -> spec.withId("result-count"))
                .getElement()
                .getProperty("innerText");
    }

    private List<MemberCard> cards() {
        return VirtualListsKt._findAll(results());
    }

    @SuppressWarnings("unchecked")
    private VirtualList<MemberCard> results() {
        return _get(VirtualList.class, spec -> spec.withId("directory-results"));
    }
}
