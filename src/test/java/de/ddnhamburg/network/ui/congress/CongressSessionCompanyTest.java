package de.ddnhamburg.network.ui.congress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressGuestConfirmationService;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Wer ist noch dabei" on a workshop's page, per role: members (registered or not) and admins see
 * the participants who opted in, as their profiles allow, with what they share; guests see how
 * many, never who; nobody sees whoever did not opt in, hid their profile, or came as a guest.
 */
class CongressSessionCompanyTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService memberRegistrations;

    @Autowired
    CongressGuestRegistrationService guestRegistrations;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private RegistrationScenario.Congress congress;
    private LoginAccount me;
    private LoginAccount theo;
    private LoginAccount hanna;
    private LoginAccount quentin;
    private LoginAccount lotte;
    private String groupName = "";

    @BeforeEach
    void registerTheWorkshop() {
        clock.set(RegistrationScenario.NOW);
        congress = scenario.published();
        me = participant("Ida", true);
        theo = participant("Theo", true);
        hanna = participant("Hanna", true);
        quentin = participant("Quentin", false);
        lotte = participant("Lotte", true);
        // Hanna shows herself, but keeps her organisation and topics to her contacts.
        jdbc.update(
                "update member set vis_organisation = 'CONTACTS', vis_topics = 'CONTACTS' where id = ?",
                hanna.memberId());
        // Lotte opted in, but her profile is hidden from the directory.
        jdbc.update("update member set listed_in_directory = false where id = ?", lotte.memberId());
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, theo);
        groupName = java.util.Objects.requireNonNull(
                jdbc.queryForObject("select name from expert_group where id = ?", String.class, group));
        Acting.run(me, () -> groupMembership.join(group));
        confirmedGuest("Gerda", true);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_registered_member_sees_who_opted_in_with_shared_topics_and_groups_but_not_themselves() {
        login(me);
        openWorkshop();

        assertThat(item(theo))
                .contains("Theo Dabei", "(Testorganisation)", "Gemeinsame Themen: Führung")
                .contains("Gemeinsame Fachgruppen: " + groupName);
        assertThat(_get(ListItem.class, spec -> spec.withId("congress-company-" + theo.memberId()))
                        .getChildren()
                        .filter(RouterLink.class::isInstance)
                        .map(link -> ((RouterLink) link).getHref()))
                .containsExactly("mitglieder/" + theo.memberId());
        // Hidden fields stay hidden: the name only.
        assertThat(item(hanna)).isEqualTo("Hanna Dabei").doesNotContain("Testorganisation", "Führung");
        // Most in common first.
        assertThat(shownIds())
                .containsExactly("congress-company-" + theo.memberId(), "congress-company-" + hanna.memberId());
        assertThat(section()).doesNotContain("Ida Dabei", "Quentin", "Lotte", "Gerda");
        assertThat(_get(
                                _get(Section.class, spec -> spec.withId(CongressSessionView.PARTICIPANTS)),
                                RouterLink.class,
                                spec -> spec.withText("Meine Anmeldung"))
                        .getHref())
                .isEqualTo("kongress/meine-anmeldung");
    }

    @Test
    void a_member_who_is_not_registered_sees_the_same_list_and_nobody_hidden() {
        login(Groups.member(testMembers, "Nora", "Nichtangemeldet"));
        openWorkshop();

        assertThat(shownIds())
                .containsExactlyInAnyOrder(
                        "congress-company-" + me.memberId(),
                        "congress-company-" + theo.memberId(),
                        "congress-company-" + hanna.memberId());
        assertThat(item(theo)).contains("Theo Dabei", "(Testorganisation)").doesNotContain("Gemeinsame");
        assertThat(section()).doesNotContain("Quentin", "Lotte", "Gerda");
    }

    @Test
    void an_admin_sees_no_more_than_a_member() {
        loginAsAdmin();
        openWorkshop();

        assertThat(shownIds()).hasSize(3);
        assertThat(item(hanna)).isEqualTo("Hanna Dabei");
        assertThat(section()).doesNotContain("Quentin", "Lotte", "Gerda");
    }

    @Test
    void a_guest_sees_how_many_show_themselves_but_no_names_and_the_way_to_sign_in() {
        openWorkshop();

        assertThat(_get(Paragraph.class, spec -> spec.withId("congress-company-count"))
                        .getText())
                .isEqualTo("3 Personen zeigen sich hier den Mitgliedern des Netzwerks.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("congress-company-sign-in"))
                        .getHref())
                .isEqualTo("login");
        _assertNone(UnorderedList.class, spec -> spec.withId("congress-company-list"));
        assertThat(section()).doesNotContain("Dabei", "Ida", "Theo", "Hanna", "Gerda", "Testorganisation");
    }

    @Test
    void a_workshop_nobody_shows_themselves_in_says_so_to_members_and_guests() {
        openSmallWorkshop();
        assertThat(_get(Paragraph.class, spec -> spec.withId("congress-company-empty"))
                        .getText())
                .isEqualTo("Noch hat sich niemand in die Liste der Teilnehmenden eingetragen.");
        _assertNone(Paragraph.class, spec -> spec.withId("congress-company-count"));

        login(me);
        openSmallWorkshop();
        _get(Paragraph.class, spec -> spec.withId("congress-company-empty"));
        _assertNone(UnorderedList.class, spec -> spec.withId("congress-company-list"));
    }

    private void openWorkshop() {
        navigate("kongress/" + congress.id() + "/sitzung/" + congress.largeWorkshop());
        assertThat(_get(Section.class, spec -> spec.withId(CongressSessionView.PARTICIPANTS))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Wer ist noch dabei");
    }

    private void openSmallWorkshop() {
        navigate("kongress/" + congress.id() + "/sitzung/" + congress.smallWorkshop());
    }

    private String section() {
        return _get(Section.class, spec -> spec.withId(CongressSessionView.PARTICIPANTS))
                .getElement()
                .getTextRecursively();
    }

    private String item(LoginAccount account) {
        return _get(ListItem.class, spec -> spec.withId("congress-company-" + account.memberId()))
                .getElement()
                .getTextRecursively();
    }

    private List<String> shownIds() {
        return _get(UnorderedList.class, spec -> spec.withId("congress-company-list"))
                .getChildren()
                .map(child -> child.getId().orElse(""))
                .toList();
    }

    /** A member with the topic "Führung" seated in the large workshop, shown in the list or not. */
    private LoginAccount participant(String firstName, boolean shown) {
        LoginAccount account = testMembers.ensure(
                Contacts.uniqueEmail(firstName.toLowerCase(Locale.ROOT)),
                firstName,
                "Dabei",
                Set.of(Roles.MEMBER),
                Set.of("fuehrung"));
        Acting.run(account, () -> memberRegistrations.register(request(congress.memberCategory(), null, shown)));
        return account;
    }

    private void confirmedGuest(String firstName, boolean shown) {
        String email = Contacts.uniqueEmail(firstName.toLowerCase(Locale.ROOT));
        guestRegistrations.register(request(congress.paidCategory(), email, shown));
        guestConfirmations.confirm(new GuestMailbox(jdbc).last(email).token(PublicLinks.CONGRESS_GUEST_CONFIRM));
    }

    private RegistrationRequest request(long category, @Nullable String guestEmail, boolean shown) {
        return new RegistrationRequest(
                congress.id(),
                category,
                null,
                guestEmail == null ? "Mitglied" : "Gerda",
                "Dabei",
                guestEmail,
                "Gastorganisation",
                List.of(new SessionPick(congress.slot(), congress.largeWorkshop(), null)),
                new RegistrationAnswers(null, null, false, shown, null),
                guestEmail == null
                        ? BillingAddress.none()
                        : new BillingAddress(null, "Adolphsplatz 1", "20457", "Hamburg"),
                true,
                Locale.GERMAN);
    }
}
