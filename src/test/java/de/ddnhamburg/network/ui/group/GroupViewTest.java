package de.ddnhamburg.network.ui.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupNotification;
import de.ddnhamburg.network.domain.group.GroupPostService;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupStanding;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.group.PostItem;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.ui.error.NotFoundView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The group page for a non-member, a member, a moderator and an admin. */
class GroupViewTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupPostService groupPosts;

    @Autowired
    GroupReadService groups;

    @Autowired
    de.ddnhamburg.network.domain.event.EventService events;

    @Autowired
    de.ddnhamburg.network.support.MutableClock clock;

    @Test
    void the_page_lists_the_groups_coming_events_as_far_as_the_reader_may_see_them() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        var draft = de.ddnhamburg.network.support.Events.draft(
                clock, de.ddnhamburg.network.domain.event.EventFormat.IN_PERSON, 10, null);
        long forMembers = de.ddnhamburg.network.support.Events.published(
                testMembers,
                events,
                draft.withAudience(
                        de.ddnhamburg.network.domain.event.EventAudience.MEMBERS, id, java.util.Set.of(), false));
        long forGroup = de.ddnhamburg.network.support.Events.published(
                testMembers,
                events,
                draft.withAudience(
                        de.ddnhamburg.network.domain.event.EventAudience.GROUP_MEMBERS, id, java.util.Set.of(), false));

        login(member());
        open(id);
        _get(Div.class, spec -> spec.withId("group-event-" + forMembers));
        _assertNone(Div.class, spec -> spec.withId("group-event-" + forGroup));

        login(joined(id));
        open(id);
        _get(Div.class, spec -> spec.withId("group-event-" + forMembers));
        _get(Div.class, spec -> spec.withId("group-event-" + forGroup));
        assertThat(_get(Anchor.class, spec -> spec.withId("group-events-all")).getHref())
                .isEqualTo("veranstaltungen?ansicht=liste&gruppe=" + id);
    }

    @Test
    void a_group_without_coming_events_says_so() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        login(member());
        open(id);
        _get(Paragraph.class, spec -> spec.withText("Zurzeit sind keine Veranstaltungen der Fachgruppe geplant."));
        _assertNone(Anchor.class, spec -> spec.withId("group-events-all"));
    }

    // ------------------------------------------------------------ non-members

    @Test
    void a_non_member_joins_an_open_group_and_then_can_post() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        LoginAccount me = member();
        login(me);
        open(id);

        _get(Paragraph.class, spec -> spec.withId("posts-members-only"));
        _assertNone(TextArea.class, spec -> spec.withId("new-post-text"));
        _click(_get(Button.class, spec -> spec.withId("join-group")));

        assertThat(standing(me, id)).isEqualTo(GroupStanding.MEMBER);
        _get(Button.class, spec -> spec.withId("leave-group"));
        _get(TextArea.class, spec -> spec.withId("new-post-text"));
    }

    @Test
    void a_request_waits_and_can_be_withdrawn() {
        long id = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, moderator());
        LoginAccount me = member();
        login(me);
        open(id);

        _click(_get(Button.class, spec -> spec.withId("request-join")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-state-hint"))
                        .getText())
                .contains("wartet");
        _click(_get(Button.class, spec -> spec.withId("withdraw-request")));

        assertThat(standing(me, id)).isEqualTo(GroupStanding.NONE);
        _get(Button.class, spec -> spec.withId("request-join"));
    }

    @Test
    void an_invitation_is_accepted_on_the_page() {
        LoginAccount mod = moderator();
        long id = group(JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, mod);
        LoginAccount me = member();
        Acting.run(mod, () -> groupMembership.invite(id, me.memberId()));
        login(me);
        open(id);

        _click(_get(Button.class, spec -> spec.withId("accept-invitation")));

        assertThat(standing(me, id)).isEqualTo(GroupStanding.MEMBER);
    }

    @Test
    void a_hidden_group_is_not_found_for_a_non_member() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.HIDDEN, moderator());
        login(member());

        open(id);

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    // ------------------------------------------------------------ members

    @Test
    void a_member_posts_and_sees_markup_as_text_without_moderator_actions() {
        LoginAccount mod = moderator();
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        LoginAccount me = joined(id);
        long theirs = Acting.as(mod, () -> groupPosts.post(id, null, "Willkommen!"));
        login(me);
        open(id);

        String markup = "<script>alert('x')</script>\n<b>fett</b>";
        FieldInput.setValueAsUser(_get(TextArea.class, spec -> spec.withId("new-post-text")), markup);
        _click(_get(Button.class, spec -> spec.withId("new-post-submit")));

        PostItem mine = posts(me, id).getFirst();
        assertThat(mine.text()).isEqualTo(markup);
        Div shown = _get(Div.class, spec -> spec.withId("post-" + mine.id()));
        assertThat(_get(shown, Paragraph.class, spec -> spec.withClasses("group-post-text"))
                        .getText())
                .isEqualTo(markup);
        assertThat(shown.getElement()
                        .getChildren()
                        .anyMatch(child -> child.getTag().equals("script")))
                .isFalse();
        _get(Button.class, spec -> spec.withId("edit-post-" + mine.id()));
        _assertNone(Button.class, spec -> spec.withId("pin-post-" + theirs));
        _assertNone(Button.class, spec -> spec.withId("remove-post-" + theirs));
        _assertNone(Section.class, spec -> spec.withId("group-requests"));
        _assertNone(Button.class, spec -> spec.withId("remove-" + mod.memberId()));
    }

    @Test
    void web_addresses_in_a_post_become_links_and_markup_stays_text() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        LoginAccount me = joined(id);
        String text = "Programm: https://ddn-hamburg.de/kongress?tag=1. <script>alert('x')</script>"
                + " <a href=\"javascript:alert(1)\">klick</a> (siehe http://example.org/a_(b))";
        long post = Acting.as(me, () -> groupPosts.post(id, null, text));
        login(me);
        open(id);

        Paragraph shown = _get(
                _get(Div.class, spec -> spec.withId("post-" + post)),
                Paragraph.class,
                spec -> spec.withClasses("group-post-text"));
        assertThat(shown.getElement().getTextRecursively()).isEqualTo(text);
        List<Anchor> links = _find(shown, Anchor.class);
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly("https://ddn-hamburg.de/kongress?tag=1", "http://example.org/a_(b)");
        assertThat(links).allSatisfy(link -> {
            assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue());
            assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        });
        assertThat(shown.getChildren().filter(Text.class::isInstance).map(child -> ((Text) child).getText()))
                .contains(". <script>alert('x')</script> <a href=\"javascript:alert(1)\">klick</a> (siehe ", ")");
        assertThat(shown.getElement()
                        .getChildren()
                        .filter(child -> !child.isTextNode())
                        .map(child -> child.getTag()))
                .as("no element but the links")
                .containsOnly("a");
    }

    @Test
    void a_member_chooses_how_to_hear_of_new_posts_and_a_non_member_cannot() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        LoginAccount me = joined(id);
        login(me);
        open(id);

        @SuppressWarnings("unchecked")
        Select<GroupNotification> choice = _get(Select.class, spec -> spec.withId("group-notification"));
        assertThat(choice.getValue()).isEqualTo(GroupNotification.DIGEST);
        assertThat(ComboBoxKt.getSuggestions(choice))
                .containsExactly("Jeder neue Beitrag per E-Mail", "Wöchentliche Zusammenfassung", "Keine E-Mails");
        FieldInput.setValueAsUser(choice, GroupNotification.EACH_POST);
        assertThat(Acting.as(me, () -> groups.page(id, Locale.GERMAN)).notification())
                .isEqualTo(GroupNotification.EACH_POST);

        login(member());
        open(id);
        _assertNone(Select.class, spec -> spec.withId("group-notification"));
    }

    @Test
    void a_moderator_invites_a_member_found_by_search_in_the_directory() {
        LoginAccount mod = moderator();
        long id = group(JoinPolicy.INVITE_ONLY, GroupVisibility.LISTED, mod);
        String surname = TestMarkers.word("Einladung");
        LoginAccount listed = testMembers.withProfile(
                uniqueEmail("listed"),
                profile("Ines", surname).organisation("Hafenschule").build());
        LoginAccount unlisted = testMembers.withProfile(
                uniqueEmail("unlisted"),
                profile("Udo", surname).hiddenFromDirectory().build());
        login(mod);
        open(id);

        @SuppressWarnings("unchecked")
        ComboBox<MemberCard> picker = _get(ComboBox.class, spec -> spec.withId("invite-member"));
        ComboBoxKt.setUserInput(picker, surname);
        assertThat(ComboBoxKt.getSuggestionItems(picker))
                .extracting(MemberCard::id)
                .as("only members listed in the directory")
                .containsExactly(listed.memberId());
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("Ines " + surname + " · Hafenschule");
        FieldInput.setValueAsUser(picker, ComboBoxKt.getSuggestionItems(picker).getFirst());
        _click(_get(Button.class, spec -> spec.withId("invite-submit")));

        assertThat(standing(listed, id)).isEqualTo(GroupStanding.INVITED);
        assertThat(_get(Section.class, spec -> spec.withId("group-invitations"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ines " + surname);
        assertThat(unlisted.memberId()).isNotEqualTo(listed.memberId());
    }

    @Test
    void the_invite_picker_asks_for_a_member_and_is_not_offered_to_members() {
        LoginAccount mod = moderator();
        long id = group(JoinPolicy.INVITE_ONLY, GroupVisibility.LISTED, mod);
        login(mod);
        open(id);
        _click(_get(Button.class, spec -> spec.withId("invite-submit")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("invite-member")).getErrorMessage())
                .isEqualTo("Bitte wählen Sie ein Mitglied aus.");

        LoginAccount member = member();
        Acting.run(mod, () -> groupMembership.invite(id, member.memberId()));
        Acting.run(member, () -> groupMembership.join(id));
        login(member);
        open(id);
        _assertNone(ComboBox.class, spec -> spec.withId("invite-member"));
        _assertNone(Section.class, spec -> spec.withId("group-invitations"));
    }

    @Test
    void a_post_of_10001_characters_is_refused_with_a_clear_message_and_the_draft_kept() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        LoginAccount me = joined(id);
        login(me);
        open(id);

        String draft = "a".repeat(10_001);
        TextArea text = _get(TextArea.class, spec -> spec.withId("new-post-text"));
        FieldInput.setValueAsUser(text, draft);
        _click(_get(Button.class, spec -> spec.withId("new-post-submit")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage())
                .isEqualTo(
                        "Der Text ist zu lang: höchstens 10.000 Zeichen. Ihr Entwurf bleibt erhalten; bitte kürzen Sie ihn.");
        assertThat(text.getValue()).isEqualTo(draft);
        assertThat(posts(me, id)).isEmpty();
    }

    @Test
    void member_names_link_only_to_profiles_the_viewer_may_open() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        LoginAccount hidden = testMembers.withProfile(
                uniqueEmail("hidden"),
                profile("Hanna", "Hidden").hiddenFromDirectory().build());
        LoginAccount shown = testMembers.withProfile(
                uniqueEmail("shown"), profile("Sina", "Shown").build());
        Acting.run(hidden, () -> groupMembership.join(id));
        Acting.run(shown, () -> groupMembership.join(id));
        login(joined(id));
        open(id);

        Section members = _get(Section.class, spec -> spec.withId("group-members"));
        Div hiddenRow = _get(members, Div.class, spec -> spec.withId("group-members-" + hidden.memberId()));
        Div shownRow = _get(members, Div.class, spec -> spec.withId("group-members-" + shown.memberId()));
        assertThat(_find(hiddenRow, RouterLink.class)).isEmpty();
        _get(hiddenRow, Span.class, spec -> spec.withText("Hanna Hidden"));
        assertThat(_get(shownRow, RouterLink.class).getHref()).isEqualTo("mitglieder/" + shown.memberId());
    }

    // ------------------------------------------------------------ moderators and admins

    @Test
    void a_moderator_approves_a_request_pins_and_removes_posts() {
        LoginAccount mod = moderator();
        long id = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, mod);
        LoginAccount asking = member();
        Acting.run(asking, () -> groupMembership.join(id));
        LoginAccount writer = member();
        Acting.run(mod, () -> groupMembership.invite(id, writer.memberId()));
        Acting.run(writer, () -> groupMembership.join(id));
        long post = Acting.as(writer, () -> groupPosts.post(id, null, "Kauft mein Buch!"));
        login(mod);
        open(id);

        _click(_get(Button.class, spec -> spec.withId("approve-" + asking.memberId())));
        assertThat(standing(asking, id)).isEqualTo(GroupStanding.MEMBER);
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("group-requests"))
                        .getElement()
                        .getTextRecursively())
                .contains("Niemand im Moment.");

        _click(_get(Button.class, spec -> spec.withId("pin-post-" + post)));
        assertThat(posts(mod, id).getFirst().pinned()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("remove-post-" + post)));
        FieldInput.setValueAsUser(
                _get(TextArea.class, spec -> spec.withId("remove-reason")), "Werbung ist hier nicht erlaubt.");
        _click(_get(Button.class, spec -> spec.withId("remove-post-confirm")));
        assertThat(posts(writer, id).getFirst().removedReason()).isEqualTo("Werbung ist hier nicht erlaubt.");

        _click(_get(Button.class, spec -> spec.withId("remove-" + writer.memberId())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-remove")));
        assertThat(standing(writer, id)).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void the_author_sees_why_a_post_was_removed() {
        LoginAccount mod = moderator();
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        LoginAccount writer = joined(id);
        long post = Acting.as(writer, () -> groupPosts.post(id, null, "Off topic"));
        Acting.run(mod, () -> groupPosts.removePost(post, "Bitte beim Thema bleiben."));
        login(writer);
        open(id);

        assertThat(_get(Div.class, spec -> spec.withId("post-" + post))
                        .getElement()
                        .getTextRecursively())
                .contains("Die Moderation hat diesen Beitrag entfernt. Grund: Bitte beim Thema bleiben.");
    }

    @Test
    void an_admin_edits_and_archives_any_group() {
        long id = group(JoinPolicy.OPEN, GroupVisibility.HIDDEN, moderator());
        loginAsAdmin();
        open(id);

        _get(Button.class, spec -> spec.withId("edit-group"));
        _click(_get(Button.class, spec -> spec.withId("archive-group")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-archive")));

        assertThat(Acting.as(testMembers.admin(), () -> groups.page(id, Locale.GERMAN))
                        .archived())
                .isTrue();
        _get(Button.class, spec -> spec.withId("reactivate-group"));
    }

    @Test
    void a_member_sees_the_group_image_and_only_admins_change_it() throws java.io.IOException {
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, moderator());
        byte[] image = png();
        Acting.run(testMembers.admin(), () -> groupAdministration.uploadImage(id, image));
        login(member());
        open(id);

        assertThat(_get(Image.class, spec -> spec.withId("group-image")).getAlt())
                .hasValueSatisfying(alt -> assertThat(alt).startsWith("Bild der Fachgruppe "));
        _assertNone(Upload.class, spec -> spec.withId("group-image-upload"));
        _assertNone(Button.class, spec -> spec.withId("group-image-remove"));

        loginAsAdmin();
        open(id);
        Upload upload = _get(Upload.class, spec -> spec.withId("group-image-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        _click(_get(Button.class, spec -> spec.withId("group-image-remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-group-image-remove")));

        _assertNone(Image.class, spec -> spec.withId("group-image"));
        assertThat(Acting.as(testMembers.admin(), () -> groups.imageOf(id))).isEmpty();
    }

    private static byte[] png() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------ helpers

    private void open(long id) {
        navigate("fachgruppen/" + id);
    }

    private long group(JoinPolicy policy, GroupVisibility visibility, LoginAccount moderator) {
        return Groups.create(testMembers, groupAdministration, policy, visibility, moderator);
    }

    private LoginAccount moderator() {
        return Groups.member(testMembers, "Moni", "Moderatorin");
    }

    private LoginAccount member() {
        return Groups.member(testMembers, "Paula", "Mitglied");
    }

    private LoginAccount joined(long id) {
        LoginAccount account = member();
        Acting.run(account, () -> groupMembership.join(id));
        return account;
    }

    private GroupStanding standing(LoginAccount account, long id) {
        return Acting.as(account, () -> groups.page(id, Locale.GERMAN)).standing();
    }

    private List<PostItem> posts(LoginAccount account, long id) {
        return Acting.as(account, () -> groupPosts.posts(id));
    }
}
