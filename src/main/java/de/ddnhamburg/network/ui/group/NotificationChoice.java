package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupNotification;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.ui.components.Notices;

/** A member's choice how to hear of new posts in this group; saved at once. */
final class NotificationChoice extends Select<GroupNotification> {

    NotificationChoice(GroupMembershipService groups, GroupPage group) {
        setId("group-notification");
        addClassName("group-notification");
        setWidth("20em");
        setLabel(getTranslation("group.notification.label"));
        setHelperText(getTranslation("group.notification.helper"));
        setItems(GroupNotification.values());
        setItemLabelGenerator(choice -> getTranslation("group.notification." + choice.name()));
        setValue(group.notification());
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                groups.setNotification(group.id(), event.getValue());
                Notices.success("group.notification.saved");
            }
        });
    }
}
