package de.ddnhamburg.network.ui.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.MemberSummary;
import de.ddnhamburg.network.domain.onboarding.FirstStepsService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.contact.ContactsView;
import de.ddnhamburg.network.ui.contact.DueNotesSection;
import de.ddnhamburg.network.ui.contact.ReceivedRequestCard;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** The members' start page: contact requests waiting for an answer first. Then suggestions; events will join. */
@Route(value = RoutePaths.MEMBER_HOME, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class MemberHomeView extends Div implements BeforeEnterObserver, TranslatedTitle {

    /** A few, so that the page stays a start page; the contacts page has them all. */
    private static final int REQUESTS_SHOWN = 3;

    private final MemberService members;
    private final ContactReadService contacts;
    private final ContactRequestService contactRequests;
    private final MemberDirectoryService directory;
    private final MemberProfileService profiles;
    private final FollowUpNoteService notes;
    private final FirstStepsService firstSteps;
    private final GroupMembershipService groupMemberships;
    private final EventRegistrationService eventRegistrations;
    private final Section requests = new Section();

    public MemberHomeView(
            MemberService members,
            ContactReadService contacts,
            ContactRequestService contactRequests,
            MemberDirectoryService directory,
            MemberProfileService profiles,
            FollowUpNoteService notes,
            FirstStepsService firstSteps,
            GroupMembershipService groupMemberships,
            EventRegistrationService eventRegistrations) {
        this.members = members;
        this.contacts = contacts;
        this.contactRequests = contactRequests;
        this.directory = directory;
        this.profiles = profiles;
        this.notes = notes;
        this.firstSteps = firstSteps;
        this.groupMemberships = groupMemberships;
        this.eventRegistrations = eventRegistrations;
        addClassName("member-home");
        requests.setId("home-contact-requests");
        requests.addClassName("home-requests");
    }

    /**
     * Built at each visit, not in the constructor: opening the start page while on it (the brand,
     * "Start" in the navigation) keeps this instance, and should show the state of now.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        MemberSummary me = members.getCurrentMember();
        H1 greeting = new H1(getTranslation("home.member.greeting", me.displayName()));
        greeting.setId("greeting");
        Div intro = new Div(
                new H2(getTranslation("home.member.introTitle")),
                new Paragraph(getTranslation("home.member.introText")));
        intro.addClassName("card");
        showRequests();
        add(
                greeting,
                new Paragraph(getTranslation("home.member.lead")),
                new FirstStepsPanel(firstSteps, groupMemberships, eventRegistrations),
                requests,
                new DueNotesSection(notes),
                new SuggestionsSection(directory, profiles),
                intro);
    }

    private void showRequests() {
        requests.removeAll();
        long open = contacts.countOpenRequestsForMe();
        requests.setVisible(open > 0);
        if (open == 0) {
            return;
        }
        requests.add(new H2(getTranslation("home.member.requests.title")));
        contacts.openRequestsForMe(PageRequest.of(0, REQUESTS_SHOWN))
                .forEach(
                        request -> requests.add(new ReceivedRequestCard(contactRequests, request, this::showRequests)));
        RouterLink all = new RouterLink(getTranslation("home.member.requests.all"), ContactsView.class);
        all.setId("home-all-requests");
        requests.add(all);
    }

    @Override
    public String titleKey() {
        return "nav.start";
    }
}
