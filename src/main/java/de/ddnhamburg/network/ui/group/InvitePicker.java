package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.domain.group.GroupMemberItem;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.domain.member.DirectoryFilter;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.Paging;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Moderators invite members by searching the member directory as they type: the list pages in the
 * database and shows only members who are listed in the directory, as {@link MemberDirectoryService}
 * decides. {@link GroupMembershipService#invite} checks the moderator's right again.
 */
final class InvitePicker extends Div {

    private final ComboBox<MemberCard> member = new ComboBox<>();

    InvitePicker(GroupMembershipService groups, MemberDirectoryService directory, GroupPage group, Runnable invited) {
        setId("group-invite");
        addClassName("group-invite");
        member.setId("invite-member");
        member.setLabel(getTranslation("group.invite.label"));
        member.setPlaceholder(getTranslation("group.invite.placeholder"));
        member.setHelperText(getTranslation("group.invite.helper"));
        member.setWidthFull();
        member.setItems(Paging.pageableByText((text, pageable) -> directory.findPage(
                DirectoryFilter.all().withText(text.isBlank() ? null : text), pageable, getLocale())));
        member.setItemLabelGenerator(InvitePicker::label);
        Set<Long> inGroup = Stream.concat(group.members().stream(), group.invitations().stream())
                .map(GroupMemberItem::memberId)
                .collect(Collectors.toSet());
        Button invite = new Button(getTranslation("group.invite.submit"), click -> {
            MemberCard chosen = member.getValue();
            if (chosen == null) {
                member.setInvalid(true);
                member.setErrorMessage(getTranslation("group.invite.none"));
            } else if (inGroup.contains(chosen.id())) {
                member.setInvalid(true);
                member.setErrorMessage(getTranslation("group.invite.already", chosen.displayName()));
            } else {
                groups.invite(group.id(), chosen.id());
                Notices.success("group.invite.sent", chosen.displayName());
                invited.run();
            }
        });
        invite.setId("invite-submit");
        add(member, invite);
    }

    private static String label(MemberCard card) {
        return card.organisation() == null || card.organisation().isBlank()
                ? card.displayName()
                : card.displayName() + " · " + card.organisation();
    }
}
