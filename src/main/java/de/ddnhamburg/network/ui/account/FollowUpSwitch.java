package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import de.ddnhamburg.network.domain.event.FollowUpPreferenceService;
import de.ddnhamburg.network.ui.components.Notices;

/** The member's switch for the mail the day after an event, naming whom they may follow up with. */
class FollowUpSwitch extends Section {

    FollowUpSwitch(FollowUpPreferenceService preferences) {
        setId("account-follow-ups");
        addClassName("card");
        Checkbox receive = new Checkbox(getTranslation("account.followUps.receive"));
        receive.setId("account-follow-ups-switch");
        receive.setValue(preferences.receivesFollowUps());
        receive.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            preferences.receiveFollowUps(change.getValue());
            Notices.success(change.getValue() ? "account.followUps.on" : "account.followUps.off");
        });
        add(
                new H2(getTranslation("account.followUps.title")),
                new Paragraph(getTranslation("account.followUps.lead")),
                receive);
    }
}
