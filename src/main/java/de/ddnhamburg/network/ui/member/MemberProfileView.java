package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactOrigins;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.member.Commonalities;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.domain.member.Relationship;
import de.ddnhamburg.network.domain.member.SeekingService;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Badges;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.contact.ContactPanel;
import de.ddnhamburg.network.ui.contact.MetAtNote;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Another member's profile, as far as its owner allows, with what the two have in common. */
@Route(value = RoutePaths.MEMBER_PROFILE, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class MemberProfileView extends Div implements BeforeEnterObserver, NamedTitle {

    public static final String ID = "id";

    private final MemberProfileService profiles;
    private final ContactReadService contacts;
    private final ContactRequestService requests;
    private final ContactBlockService blocks;
    private final SeekingService seeking;
    private final ContactOrigins origins;
    private String title = "";

    public MemberProfileView(
            MemberProfileService profiles,
            ContactReadService contacts,
            ContactRequestService requests,
            ContactBlockService blocks,
            SeekingService seeking,
            ContactOrigins origins) {
        this.seeking = seeking;
        this.origins = origins;
        this.profiles = profiles;
        this.contacts = contacts;
        this.requests = requests;
        this.blocks = blocks;
        addClassName("member-profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    /** Also after accepting or blocking on this page, since that changes which details I may see. */
    private void load(long id) {
        ProfileDetails profile = profiles.viewProfile(id, getLocale());
        show(profile, profile.relationship() == Relationship.SELF ? null : profiles.commonalities(id, getLocale()));
    }

    private void show(ProfileDetails profile, @Nullable Commonalities shared) {
        removeAll();
        title = profile.displayName();
        Avatar avatar = new Avatar(profile.displayName());
        avatar.setAbbreviation(profile.initials());
        avatar.addClassName("profile-avatar");
        if (profile.hasPhoto()) {
            MemberPhotos.show(avatar, profile.id(), profiles);
        }
        H1 name = new H1(profile.displayName());
        name.setId("profile-name");
        String work = Stream.of(profile.position(), profile.organisation())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        Div heading = new Div(avatar, new Div(name, new Paragraph(work)));
        heading.addClassName("profile-heading");
        add(heading);

        if (profile.relationship() == Relationship.SELF) {
            RouterLink edit = new RouterLink(getTranslation("member.profile.edit"), ProfileEditView.class);
            edit.addClassName("button-link");
            edit.setId("edit-own-profile");
            add(new Paragraph(getTranslation("member.profile.ownHint")), edit);
        }
        if (profile.relationship() != Relationship.SELF) {
            add(new ContactPanel(contacts, requests, blocks, profiles, profile, shared, () -> load(profile.id())));
            if (profile.relationship() == Relationship.CONTACT) {
                add(new MetAtNote(origins, profile.id()));
            }
        }
        if (shared != null) {
            add(commonalities(shared));
        }
        add(new SeekingSection(seeking, profile.id(), profile.relationship() == Relationship.SELF));
        Div details = new Div();
        details.addClassName("profile-details");
        if (profile.bio() != null) {
            Paragraph bio = new Paragraph(profile.bio());
            bio.setId("profile-bio");
            bio.addClassName("profile-bio");
            details.add(section("member.profile.about", bio));
        }
        if (profile.district() != null) {
            details.add(section(
                    "member.profile.district",
                    new Span(getTranslation("district." + profile.district().name()))));
        }
        if (!profile.topics().isEmpty()) {
            details.add(section(
                    "member.profile.topics",
                    Badges.of(profile.topics().stream().map(TopicItem::name).toList(), "")));
        }
        if (!profile.expertise().isEmpty()) {
            details.add(section("member.profile.expertise", Badges.of(profile.expertise(), "contrast")));
        }
        Div contact = contactDetails(profile);
        if (contact.getChildren().findAny().isPresent()) {
            details.add(section("member.profile.contact", contact));
        }
        add(details);
    }

    private Section commonalities(Commonalities shared) {
        Section section = new Section(new H2(getTranslation("member.profile.commonalities")));
        section.setId("commonalities");
        section.addClassNames("card", "commonalities");
        if (shared.isEmpty()) {
            section.add(new Paragraph(getTranslation("member.profile.commonalities.none")));
            return section;
        }
        if (!shared.topics().isEmpty()) {
            section.add(
                    new Paragraph(getTranslation("member.profile.commonalities.topics")),
                    Badges.of(shared.topics().stream().map(TopicItem::name).toList(), "success"));
        }
        if (!shared.expertise().isEmpty()) {
            section.add(
                    new Paragraph(getTranslation("member.profile.commonalities.expertise")),
                    Badges.of(shared.expertise(), "success"));
        }
        if (!shared.groups().isEmpty()) {
            Div groups = new Div();
            groups.setId("shared-groups");
            groups.addClassName("shared-groups");
            shared.groups()
                    .forEach(group -> groups.add(new Anchor(RoutePaths.GROUPS + "/" + group.id(), group.name())));
            section.add(new Paragraph(getTranslation("member.profile.commonalities.groups")), groups);
        }
        if (!shared.congresses().isEmpty()) {
            Div congresses = new Div();
            congresses.setId("shared-congresses");
            congresses.addClassName("shared-groups");
            shared.congresses()
                    .forEach(congress ->
                            congresses.add(new Anchor(PublicLinks.CONGRESS + "/" + congress.id(), congress.title())));
            section.add(new Paragraph(getTranslation("congress.commonalities.congresses")), congresses);
        }
        if (!shared.events().isEmpty()) {
            Div events = new Div();
            events.setId("shared-events");
            events.addClassName("shared-events");
            shared.events()
                    .forEach(event -> events.add(new Anchor(PublicLinks.EVENTS + "/" + event.id(), event.title())));
            section.add(new Paragraph(getTranslation("event.commonalities.events")), events);
        }
        return section;
    }

    private Div contactDetails(ProfileDetails profile) {
        Div contact = new Div();
        contact.setId("profile-contact");
        contact.addClassName("profile-contact");
        link(contact, profile.website(), getTranslation("member.profile.website"));
        link(contact, profile.linkedin(), "LinkedIn");
        link(contact, profile.xing(), "XING");
        if (profile.phone() != null) {
            contact.add(new Anchor("tel:" + profile.phone().replaceAll("[^0-9+]", ""), profile.phone()));
        }
        if (profile.email() != null) {
            contact.add(new Anchor("mailto:" + profile.email(), profile.email()));
        }
        return contact;
    }

    private static void link(Div container, @Nullable String url, String label) {
        if (url != null) {
            Anchor anchor = new Anchor(url, label, AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            container.add(anchor);
        }
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component content) {
        Section section = new Section(new H2(getTranslation(headingKey)), content);
        section.addClassName("profile-section");
        return section;
    }

    @Override
    public String titleName() {
        return title;
    }
}
