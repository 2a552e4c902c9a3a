package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI after a request was sent or answered, so that what counts requests elsewhere on
 * the page (the badge in the navigation) updates without a reload.
 */
public class ContactsChanged extends ComponentEvent<UI> {

    public ContactsChanged(UI source) {
        super(source, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new ContactsChanged(ui));
        }
    }
}
