package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.BlockedMember;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactEntry;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import de.ddnhamburg.network.ui.member.MemberDirectoryView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Everything about my contacts on one page: requests waiting for my answer first (they are what
 * needs doing), then my contacts with the details they share, my own waiting requests, and whom I
 * blocked.
 */
@Route(value = RoutePaths.CONTACTS, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class ContactsView extends Div implements TranslatedTitle {

    private final List<PagedList<?>> lists;

    public ContactsView(
            ContactReadService contacts,
            ContactRequestService requests,
            ContactBlockService blocks,
            FollowUpNoteService notes) {
        addClassName("contacts-view");
        PagedList<ContactRequestItem> received = new PagedList<>(
                "received-requests",
                contacts::openRequestsForMe,
                contacts::countOpenRequestsForMe,
                request -> new ReceivedRequestCard(requests, request, this::reload),
                () -> empty("received-empty", "contact.view.received.empty"));
        PagedList<ContactEntry> contactList = new PagedList<>(
                "contact-list",
                page -> contacts.myContacts(page, getLocale()),
                contacts::countMyContacts,
                entry -> new ContactCard(entry, notes),
                this::noContacts);
        PagedList<ContactRequestItem> sent = new PagedList<>(
                "sent-requests",
                contacts::mySentRequests,
                contacts::countMySentRequests,
                request -> new SentRequestItem(requests, request, this::reload),
                () -> empty("sent-empty", "contact.view.sent.empty"));
        PagedList<BlockedMember> blocked = new PagedList<>(
                "blocked-members",
                blocks::myBlocks,
                blocks::countMyBlocks,
                member -> new BlockedMemberItem(blocks, member, this::reload),
                () -> empty("blocked-empty", "contact.view.blocked.empty"));
        lists = List.of(received, contactList, sent, blocked);

        add(
                new H1(getTranslation("contact.view.title")),
                new Paragraph(getTranslation("contact.view.lead")),
                section("contact.view.received", received),
                section("contact.view.contacts", contactList),
                section("contact.view.sent", sent),
                section("contact.view.blocked", blocked));
    }

    /** An answer moves a request into another list (or out of all), so every list reloads. */
    private void reload() {
        lists.forEach(PagedList::reload);
    }

    private Section section(String headingKey, Component list) {
        Section section = new Section(new H2(getTranslation(headingKey)), list);
        section.addClassName("contacts-section");
        return section;
    }

    private Component empty(String id, String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        text.addClassName("empty-state");
        return text;
    }

    private Component noContacts() {
        RouterLink directory =
                new RouterLink(getTranslation("contact.view.contacts.findPeople"), MemberDirectoryView.class);
        directory.addClassName("button-link");
        Div empty = new Div(new Paragraph(getTranslation("contact.view.contacts.empty")), directory);
        empty.setId("contacts-empty");
        empty.addClassName("empty-state");
        return empty;
    }

    @Override
    public String titleKey() {
        return "contact.view.title";
    }
}
