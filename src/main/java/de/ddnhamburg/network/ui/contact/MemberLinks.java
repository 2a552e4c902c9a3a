package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.ui.member.MemberProfileView;

/** A member's name as a link to their profile, and their initials as an avatar. */
final class MemberLinks {

    private MemberLinks() {}

    static RouterLink profile(long memberId, String displayName) {
        RouterLink link = new RouterLink(
                displayName,
                MemberProfileView.class,
                new RouteParameters(MemberProfileView.ID, String.valueOf(memberId)));
        link.addClassName("contact-name");
        return link;
    }

    static Avatar avatar(String displayName, String initials) {
        Avatar avatar = new Avatar(displayName);
        avatar.setAbbreviation(initials);
        avatar.addClassName("contact-avatar");
        return avatar;
    }
}
