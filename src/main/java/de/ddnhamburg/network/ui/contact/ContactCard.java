package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.contact.ContactEntry;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One contact: who they are and how to reach them, as far as they share it with contacts, and my
 * private follow-up note about them.
 */
class ContactCard extends Div {

    ContactCard(ContactEntry entry, FollowUpNoteService notes) {
        ProfileDetails contact = entry.profile();
        setId("contact-" + contact.id());
        addClassNames("card", "contact-card");

        String work = Stream.of(contact.position(), contact.organisation())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        Span workLine = new Span(work);
        workLine.addClassName("contact-meta");
        Span since = new Span(getTranslation("contact.view.since", DateTimeFormat.date(entry.since(), getLocale())));
        since.addClassName("contact-meta");
        Div heading = new Div(
                MemberLinks.avatar(contact.displayName(), contact.initials()),
                new Div(MemberLinks.profile(contact.id(), contact.displayName()), workLine, since));
        heading.addClassName("contact-heading");

        Div reach = new Div();
        reach.addClassName("profile-contact");
        if (contact.phone() != null) {
            reach.add(new Anchor("tel:" + contact.phone().replaceAll("[^0-9+]", ""), contact.phone()));
        }
        if (contact.email() != null) {
            reach.add(new Anchor("mailto:" + contact.email(), contact.email()));
        }
        if (contact.website() != null) {
            Anchor website =
                    new Anchor(contact.website(), getTranslation("member.profile.website"), AnchorTarget.BLANK);
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            reach.add(website);
        }
        add(heading, reach, new FollowUpNotePanel(notes, contact.id(), contact.displayName()));
    }
}
