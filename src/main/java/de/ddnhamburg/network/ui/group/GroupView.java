package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.event.EventListingService;
import de.ddnhamburg.network.domain.event.GroupCalendarFeedService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMemberItem;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.domain.group.GroupPostService;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupRole;
import de.ddnhamburg.network.domain.group.GroupStanding;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Badges;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.layout.MainLayout;
import de.ddnhamburg.network.ui.member.MemberProfileView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;

/**
 * One group: description, moderators and members, what I can do in it (join, ask, withdraw, accept
 * an invitation, leave), and for members its posts. Moderators answer requests and manage members
 * here. Every action is checked again by the group services; this page only offers what fits.
 */
@Route(value = RoutePaths.GROUP, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class GroupView extends Div implements BeforeEnterObserver, NamedTitle {

    public static final String ID = "id";

    private final GroupReadService groups;
    private final GroupMembershipService membership;
    private final GroupAdministrationService administration;
    private final GroupPostService postService;
    private final TopicService topics;
    private final MemberDirectoryService directory;
    private final EventListingService events;
    private final GroupCalendarFeedService calendarFeeds;
    private final boolean admin;
    private String title = "";

    public GroupView(
            GroupReadService groups,
            GroupMembershipService membership,
            GroupAdministrationService administration,
            GroupPostService postService,
            TopicService topics,
            MemberDirectoryService directory,
            EventListingService events,
            GroupCalendarFeedService calendarFeeds,
            AuthenticationContext authentication) {
        this.groups = groups;
        this.membership = membership;
        this.administration = administration;
        this.postService = postService;
        this.events = events;
        this.calendarFeeds = calendarFeeds;
        this.topics = topics;
        this.directory = directory;
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("group-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long id) {
        GroupPage group = groups.page(id, getLocale());
        removeAll();
        title = group.name();
        H1 name = new H1(group.name());
        name.setId("group-title");
        Div header = new Div(name);
        header.addClassName("groups-header");
        if (admin) {
            header.add(adminActions(group));
        }
        if (group.hasImage()) {
            add(GroupImageEditor.image(groups, group, getTranslation("group.image.alt", group.name())));
        }
        add(header, Badges.of(states(group), "contrast"), new Paragraph(group.shortDescription()));
        if (admin) {
            add(new GroupImageEditor(administration, group, () -> load(group.id())));
        }
        if (!group.description().isBlank()) {
            Paragraph description = new Paragraph(group.description());
            description.setId("group-description-text");
            description.addClassName("group-text");
            add(description);
        }
        add(Badges.of(group.topics().stream().map(TopicItem::name).toList(), ""), actions(group));

        Div columns = new Div();
        columns.addClassName("group-columns");
        Div side = new Div(
                new GroupEvents(events, group.id()),
                new GroupCalendarSubscription(calendarFeeds, group.id()),
                people("group-moderators", "group.page.moderators", group.moderators(), group, false),
                people("group-members", "group.page.members", group.members(), group, group.canModerate()));
        if (group.canModerate()) {
            side.addComponentAsFirst(people("group-requests", "group.page.requests", group.requests(), group, true));
            Section invitations =
                    people("group-invitations", "group.page.invitations", group.invitations(), group, true);
            if (!group.archived()) {
                invitations.addComponentAtIndex(
                        1, new InvitePicker(membership, directory, group, () -> load(group.id())));
            }
            side.add(invitations);
        }
        side.addClassName("group-side");
        columns.add(posts(group), side);
        add(columns);
    }

    private List<String> states(GroupPage group) {
        List<String> states = new java.util.ArrayList<>();
        if (group.standing() != GroupStanding.NONE) {
            states.add(getTranslation("group.standing." + group.standing().name()));
        }
        if (group.archived()) {
            states.add(getTranslation("group.archived.badge"));
        }
        states.add(getTranslation("group.policy." + group.joinPolicy().name()));
        states.add(getTranslation("group.visibility." + group.visibility().name()));
        return states;
    }

    private Component posts(GroupPage group) {
        Section section = new Section(new H2(getTranslation("group.page.posts")));
        section.addClassName("group-posts");
        if (group.isMember() || admin) {
            section.add(new GroupPosts(postService, group));
        } else {
            Paragraph hint = new Paragraph(getTranslation("group.page.membersOnly"));
            hint.setId("posts-members-only");
            hint.addClassName("empty-state");
            section.add(hint);
        }
        return section;
    }

    private Component actions(GroupPage group) {
        Div actions = new Div();
        actions.setId("group-actions");
        actions.addClassName("group-actions");
        if (group.archived()) {
            return actions;
        }
        switch (group.standing()) {
            case NONE -> {
                switch (group.joinPolicy()) {
                    case OPEN ->
                        actions.add(button(
                                "join-group", "group.action.join", true, () -> joined(group, "group.action.joined")));
                    case ON_REQUEST ->
                        actions.add(button(
                                "request-join",
                                "group.action.request",
                                true,
                                () -> joined(group, "group.action.requestSent")));
                    case INVITE_ONLY -> actions.add(hint("group.action.inviteOnly"));
                }
            }
            case REQUESTED ->
                actions.add(
                        hint("group.action.requested"),
                        button(
                                "withdraw-request",
                                "group.action.withdraw",
                                false,
                                () -> act(group, () -> membership.withdrawRequest(group.id()))));
            case INVITED ->
                actions.add(
                        hint("group.action.invited"),
                        button(
                                "accept-invitation",
                                "group.action.accept",
                                true,
                                () -> joined(group, "group.action.joined")),
                        button(
                                "decline-invitation",
                                "group.action.decline",
                                false,
                                () -> act(group, () -> membership.declineInvitation(group.id()))));
            case MEMBER, MODERATOR ->
                actions.add(
                        new NotificationChoice(membership, group),
                        button(
                                "leave-group",
                                "group.action.leave",
                                false,
                                () -> Confirmation.ask(
                                        this,
                                        "confirm-leave",
                                        "group.confirm.leave.",
                                        group.name(),
                                        () -> act(group, () -> membership.leave(group.id())))));
        }
        return actions;
    }

    private Component adminActions(GroupPage group) {
        Div actions = new Div(button(
                "edit-group",
                "group.page.edit",
                false,
                () -> new GroupDialog(administration, topics, group, id -> load(id)).open()));
        if (group.archived()) {
            actions.add(button(
                    "reactivate-group",
                    "group.page.reactivate",
                    false,
                    () -> act(group, () -> administration.setArchived(group.id(), false))));
        } else {
            actions.add(button(
                    "archive-group",
                    "group.page.archive",
                    false,
                    () -> Confirmation.ask(
                            this,
                            "confirm-archive",
                            "group.confirm.archive.",
                            group.name(),
                            () -> act(group, () -> administration.setArchived(group.id(), true)))));
        }
        actions.addClassName("group-admin-actions");
        return actions;
    }

    private void joined(GroupPage group, String messageKey) {
        membership.join(group.id());
        Notices.success(messageKey);
        load(group.id());
    }

    private void act(GroupPage group, Runnable action) {
        action.run();
        load(group.id());
    }

    private Section people(
            String id, String headingKey, List<GroupMemberItem> people, GroupPage group, boolean manage) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.addClassNames("card", "group-people");
        for (GroupMemberItem person : people) {
            Avatar avatar = new Avatar(person.displayName());
            avatar.setAbbreviation(person.initials());
            avatar.addClassName("contact-avatar");
            Component name = person.profileVisible()
                    ? new RouterLink(
                            person.displayName(),
                            MemberProfileView.class,
                            new RouteParameters(MemberProfileView.ID, String.valueOf(person.memberId())))
                    : new Span(person.displayName());
            Div row = new Div(avatar, name);
            row.addClassName("group-person");
            row.setId(id + "-" + person.memberId());
            if (manage) {
                row.add(personActions(group, person));
            }
            section.add(row);
        }
        if (people.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("group.page.nobody"));
            none.addClassName("empty-state-text");
            section.add(none);
        }
        return section;
    }

    private Component personActions(GroupPage group, GroupMemberItem person) {
        Div actions = new Div();
        actions.addClassName("group-person-actions");
        long id = person.memberId();
        Consumer<Runnable> reload = action -> act(group, action);
        switch (person.status()) {
            case REQUESTED ->
                actions.add(
                        button(
                                "approve-" + id,
                                "group.action.approve",
                                true,
                                () -> reload.accept(() -> membership.approve(group.id(), id))),
                        button(
                                "decline-" + id,
                                "group.action.declineRequest",
                                false,
                                () -> reload.accept(() -> membership.decline(group.id(), id))));
            case INVITED ->
                actions.add(button(
                        "remove-" + id,
                        "group.action.remove",
                        false,
                        () -> reload.accept(() -> membership.removeMember(group.id(), id))));
            case ACTIVE -> {
                if (person.role() == GroupRole.MEMBER) {
                    actions.add(button(
                            "appoint-" + id,
                            "group.action.appoint",
                            false,
                            () -> Confirmation.ask(
                                    this,
                                    "confirm-appoint",
                                    "group.confirm.appoint.",
                                    person.displayName(),
                                    () -> reload.accept(() -> membership.appointModerator(group.id(), id)))));
                }
                if (person.memberId() != group.viewerId()) {
                    actions.add(button(
                            "remove-" + id,
                            "group.action.remove",
                            false,
                            () -> Confirmation.ask(
                                    this,
                                    "confirm-remove",
                                    "group.confirm.remove.",
                                    person.displayName(),
                                    () -> reload.accept(() -> membership.removeMember(group.id(), id)))));
                }
            }
        }
        return actions;
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.setId("group-state-hint");
        return hint;
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    @Override
    public String titleName() {
        return title;
    }
}
