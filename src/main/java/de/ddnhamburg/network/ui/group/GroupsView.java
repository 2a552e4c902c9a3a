package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupCard;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupStanding;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Badges;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** All groups I may see, searchable by name and topic, my groups first; admins create groups here. */
@Route(value = RoutePaths.GROUPS, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class GroupsView extends Div implements TranslatedTitle {

    private final GroupReadService groups;
    private final TextField search = new TextField();
    private final Div cards = new Div();

    public GroupsView(
            GroupReadService groups,
            GroupAdministrationService administration,
            TopicService topics,
            AuthenticationContext authentication) {
        this.groups = groups;
        addClassName("groups-view");
        search.setId("group-search");
        search.setLabel(getTranslation("group.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> reload());
        cards.setId("group-cards");
        cards.addClassName("group-cards");
        Div header = new Div(new H1(getTranslation("group.list.title")));
        header.addClassName("groups-header");
        if (authentication.hasRole(Roles.ADMIN)) {
            Button create = new Button(
                    getTranslation("group.list.create"),
                    VaadinIcon.PLUS.create(),
                    click -> new GroupDialog(
                                    administration,
                                    topics,
                                    null,
                                    id -> getUI().ifPresent(ui -> ui.navigate(
                                            GroupView.class, new RouteParameters(GroupView.ID, String.valueOf(id)))))
                            .open());
            create.setId("create-group");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header, new Paragraph(getTranslation("group.list.intro")), search, cards);
        reload();
    }

    private void reload() {
        cards.removeAll();
        List<GroupCard> found = groups.list(search.getValue(), getLocale());
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("group.list.empty"));
            empty.setId("groups-empty");
            empty.addClassName("empty-state");
            cards.add(empty);
        }
        found.forEach(card -> cards.add(card(card)));
    }

    private Component card(GroupCard group) {
        RouterLink name = new RouterLink(
                group.name(), GroupView.class, new RouteParameters(GroupView.ID, String.valueOf(group.id())));
        name.addClassName("group-card-name");
        List<String> states = new ArrayList<>();
        if (group.standing() != GroupStanding.NONE) {
            states.add(getTranslation("group.standing." + group.standing().name()));
        }
        if (group.archived()) {
            states.add(getTranslation("group.archived.badge"));
        }
        states.add(getTranslation("group.policy." + group.joinPolicy().name()));
        Span members = new Span(getTranslation("group.list.members", group.memberCount()));
        members.addClassName("group-member-count");
        Span activity = new Span(
                group.latestActivity() == null
                        ? getTranslation("group.list.noActivity")
                        : getTranslation(
                                "group.list.latest", DateTimeFormat.date(group.latestActivity(), getLocale())));
        Div facts = new Div(members, activity);
        facts.addClassName("group-card-facts");
        Div card = new Div(
                new H2(name),
                Badges.of(states, "contrast"),
                new Paragraph(group.shortDescription()),
                Badges.of(group.topics().stream().map(TopicItem::name).toList(), ""),
                facts);
        card.addClassNames("card", "group-card");
        card.setId("group-card-" + group.id());
        return card;
    }

    @Override
    public String titleKey() {
        return "group.list.title";
    }
}
