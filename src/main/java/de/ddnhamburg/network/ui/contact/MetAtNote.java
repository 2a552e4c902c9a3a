package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.contact.ContactOrigins;
import de.ddnhamburg.network.domain.contact.MetAt;

/** On a contact's profile: "kennengelernt bei …", the event where the two met, if the contact began there. */
public class MetAtNote extends Paragraph {

    public MetAtNote(ContactOrigins origins, long contactId) {
        setId("profile-met-at");
        addClassName("profile-met-at");
        MetAt metAt = origins.metAt(contactId).orElse(null);
        if (metAt == null) {
            setVisible(false);
            return;
        }
        add(
                new Span(getTranslation("event.met.metAt") + " "),
                new Anchor(PublicLinks.EVENTS + "/" + metAt.eventId(), metAt.eventTitle()));
    }
}
