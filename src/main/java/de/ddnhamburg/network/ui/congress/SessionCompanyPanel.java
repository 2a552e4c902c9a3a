package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.CongressFellow;
import de.ddnhamburg.network.domain.congress.SessionCompany;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.congress.registration.MyCongressRegistrationView;
import de.ddnhamburg.network.ui.member.MemberProfileView;

/**
 * "Wer ist noch dabei": the people of a session who chose to appear in the participant list, as
 * the service lets the viewer see them (members: names as the directory shows them, with the topics
 * and groups they share with the viewer, most in common first; guests: only how many, and the way
 * to sign in). Fills the session page's section {@link CongressSessionView#PARTICIPANTS}.
 */
final class SessionCompanyPanel {

    private SessionCompanyPanel() {}

    static void fill(Section section, SessionCompany company) {
        section.removeAll();
        H2 heading = new H2(section.getTranslation("congress.company.title"));
        heading.setId("congress-company-title");
        section.add(heading);
        if (!company.namesShown()) {
            forGuests(section, company.shownCount());
            return;
        }
        if (company.people().isEmpty()) {
            section.add(paragraph(
                    section,
                    "congress-company-empty",
                    company.shownCount() == 0 ? "congress.company.empty" : "congress.company.onlyYou"));
        } else {
            section.add(paragraph(section, "congress-company-lead", "congress.company.lead"));
            UnorderedList list = new UnorderedList();
            list.setId("congress-company-list");
            list.addClassName("congress-company-list");
            company.people().forEach(fellow -> list.add(item(section, fellow)));
            section.add(list);
        }
        RouterLink mine =
                new RouterLink(section.getTranslation("congress.company.optInLink"), MyCongressRegistrationView.class);
        Paragraph optIn = new Paragraph(section.getTranslation("congress.company.optIn") + " ");
        optIn.add(mine, new Text("."));
        optIn.setId("congress-company-opt-in");
        optIn.addClassName("congress-company-note");
        section.add(optIn);
    }

    /** Participants show themselves to members, not to the public: a count and the way in. */
    private static void forGuests(Section section, int shown) {
        if (shown == 0) {
            section.add(paragraph(section, "congress-company-empty", "congress.company.empty"));
        } else {
            Paragraph count = new Paragraph(section.getTranslation("congress.company.count", shown));
            count.setId("congress-company-count");
            section.add(count);
        }
        RouterLink login = new RouterLink(section.getTranslation("congress.company.signIn"), LoginView.class);
        login.setId("congress-company-sign-in");
        Paragraph hint = new Paragraph(section.getTranslation("congress.company.membersOnly") + " ");
        hint.add(login, new Text("."));
        hint.addClassName("congress-company-note");
        section.add(hint);
    }

    private static ListItem item(Section section, CongressFellow fellow) {
        RouterLink name = new RouterLink(
                fellow.displayName(),
                MemberProfileView.class,
                new RouteParameters(MemberProfileView.ID, String.valueOf(fellow.memberId())));
        name.addClassName("congress-company-name");
        ListItem item = new ListItem(name);
        if (fellow.organisation() != null) {
            item.add(new Span(" (" + fellow.organisation() + ")"));
        }
        if (!fellow.sharedTopics().isEmpty()) {
            Div topics = new Div(
                    section.getTranslation("congress.company.topics", String.join(", ", fellow.sharedTopics())));
            topics.addClassName("congress-company-shared");
            item.add(topics);
        }
        if (!fellow.sharedGroups().isEmpty()) {
            Div groups = new Div(
                    section.getTranslation("congress.company.groups", String.join(", ", fellow.sharedGroups())));
            groups.addClassName("congress-company-shared");
            item.add(groups);
        }
        item.setId("congress-company-" + fellow.memberId());
        return item;
    }

    private static Paragraph paragraph(Section section, String id, String key) {
        Paragraph paragraph = new Paragraph(section.getTranslation(key));
        paragraph.setId(id);
        return paragraph;
    }
}
