package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.ui.components.Badges;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One member in the directory: photo or initials, name, organisation, position, topics. */
public class MemberCardItem extends Div {

    public MemberCardItem(MemberCard card, MemberProfileService profiles) {
        addClassNames("card", "member-card");
        Avatar avatar = new Avatar(card.displayName());
        avatar.setAbbreviation(card.initials());
        avatar.addClassName("member-card-avatar");
        if (card.hasPhoto()) {
            MemberPhotos.show(avatar, card.id(), profiles);
        }

        RouterLink name = new RouterLink(
                card.displayName(),
                MemberProfileView.class,
                new RouteParameters(MemberProfileView.ID, String.valueOf(card.id())));
        name.addClassName("member-card-name");
        String work = Stream.of(card.position(), card.organisation())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        Span workLine = new Span(work);
        workLine.addClassName("member-card-work");

        Div text = new Div(
                name,
                workLine,
                Badges.of(card.topics().stream().map(TopicItem::name).toList(), "contrast"));
        text.addClassName("member-card-text");
        add(avatar, text);
    }
}
