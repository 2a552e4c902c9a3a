package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.ddnhamburg.network.domain.announcement.AnnouncementPreferenceService;
import de.ddnhamburg.network.ui.components.Notices;

/**
 * The member's switch for announcements (Rundschreiben), the place every announcement mail links
 * to. Mails about the member's own registrations, contacts and groups do not depend on it.
 */
class AnnouncementSwitch extends Section {

    AnnouncementSwitch(AnnouncementPreferenceService preferences) {
        setId("account-announcements");
        addClassName("card");
        Checkbox receive = new Checkbox(getTranslation("account.announcements.receive"));
        receive.setId("account-announcements-switch");
        receive.setValue(preferences.receivesAnnouncements());
        receive.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            preferences.receiveAnnouncements(change.getValue());
            Notices.success(change.getValue() ? "account.announcements.on" : "account.announcements.off");
        });
        add(
                new H2(getTranslation("account.announcements.title")),
                new Paragraph(getTranslation("account.announcements.lead")),
                receive);
    }
}
