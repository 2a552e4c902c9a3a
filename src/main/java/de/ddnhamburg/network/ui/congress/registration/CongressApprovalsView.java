package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.ApprovalItem;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressLink;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Admins approve or reject registrations in categories that need approval (a reduced price that
 * needs proof), per congress that has not ended, oldest first; both ask before they act.
 */
@Route(value = RoutePaths.CONGRESS_APPROVALS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressApprovalsView extends Div implements TranslatedTitle {

    private final CongressApprovalService approvals;
    private final RegistrationOptionsService options;

    public CongressApprovalsView(CongressApprovalService approvals, RegistrationOptionsService options) {
        this.approvals = approvals;
        this.options = options;
        addClassName("congress-approvals-page");
        refresh();
    }

    private void refresh() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("admin.title"), SecurityLogView.class);
        back.setId("administration-link");
        add(back, new H1(getTranslation("congress.approvals.title")));
        add(new Paragraph(getTranslation("congress.approvals.lead")));
        boolean any = false;
        for (CongressLink congress : options.upcoming()) {
            List<ApprovalItem> waiting = approvals.awaiting(congress.id());
            if (waiting.isEmpty()) {
                continue;
            }
            any = true;
            add(new H2(congress.title()), list(congress.id(), waiting));
        }
        if (!any) {
            Paragraph none = new Paragraph(getTranslation("congress.approvals.none"));
            none.setId("approvals-none");
            add(none);
        }
    }

    /** One card per registration (readable on a phone too), oldest first. */
    private Div list(long congressId, List<ApprovalItem> items) {
        Div list = new Div();
        list.setId("approvals-" + congressId);
        list.addClassName("approval-list");
        for (ApprovalItem item : items) {
            Paragraph who = new Paragraph(item.name() + " · " + item.email()
                    + (item.guest() ? " (" + getTranslation("congress.approvals.guest") + ")" : ""));
            who.addClassName("approval-name");
            Paragraph what = new Paragraph(getTranslation(
                    "congress.approvals.details",
                    item.categoryName(),
                    item.organisation() == null ? "–" : item.organisation(),
                    DateTimeFormat.appointment(item.registeredAt(), getLocale())));
            Div card = new Div(who, what, actions(item));
            card.setId("approval-" + item.registrationId());
            card.addClassName("approval-card");
            list.add(card);
        }
        return list;
    }

    private Div actions(ApprovalItem item) {
        Button approve = new Button(
                getTranslation("congress.approvals.approve"),
                click -> Confirmation.ask(
                        this,
                        "approve-confirm",
                        "congress.approvals.confirmApprove.",
                        item.name(),
                        () -> act(
                                () -> approvals.approve(item.registrationId()), "congress.approvals.approved", item)));
        approve.setId("approve-" + item.registrationId());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(
                getTranslation("congress.approvals.reject"),
                click -> Confirmation.ask(
                        this,
                        "reject-confirm",
                        "congress.approvals.confirmReject.",
                        item.name(),
                        () -> act(() -> approvals.reject(item.registrationId()), "congress.approvals.rejected", item)));
        reject.setId("reject-" + item.registrationId());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(approve, reject);
        actions.addClassName("approval-actions");
        return actions;
    }

    private void act(Runnable action, String doneKey, ApprovalItem item) {
        try {
            action.run();
            Notices.success(doneKey, item.name());
        } catch (DomainException e) {
            Notices.problem(e);
        }
        refresh();
    }

    @Override
    public String titleKey() {
        return "congress.approvals.title";
    }
}
