package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.Component;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.FirstContactMessage;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import java.util.function.Consumer;

/**
 * The contact request dialog for someone met at an event ("Wen habe ich getroffen?"): the three
 * parts prefilled with who I am and, as a thank-you or as a request, the event as the reason. All
 * of it stays editable; the request names the event, so the contact remembers where the two met.
 */
public final class MetAtEventDialog {

    private MetAtEventDialog() {}

    /** @param thanks a thank-you for the conversation rather than a plain contact request */
    public static ContactRequestDialog of(
            Component translator,
            ContactRequestService requests,
            MemberProfileService profiles,
            ProfileDetails recipient,
            long eventId,
            String eventTitle,
            boolean thanks,
            Consumer<ContactRequestItem> onSent) {
        FirstContactMessage own = FirstContactSuggestion.of(translator, profiles.getOwnProfile(), null);
        FirstContactMessage suggestion = new FirstContactMessage(
                own.whoIAm(),
                translator.getTranslation(
                        thanks ? "event.met.suggest.thanks.why" : "event.met.suggest.request.why", eventTitle),
                translator.getTranslation(thanks ? "event.met.suggest.thanks.next" : "event.met.suggest.request.next"));
        return new ContactRequestDialog(requests, recipient, null, suggestion, onSent).metAt(eventId, eventTitle);
    }
}
