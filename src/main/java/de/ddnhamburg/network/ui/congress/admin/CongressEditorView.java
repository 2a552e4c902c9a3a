package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.CongressAdminDetails;
import de.ddnhamburg.network.domain.congress.CongressCategoryService;
import de.ddnhamburg.network.domain.congress.CongressEdit;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressLifecycleService;
import de.ddnhamburg.network.domain.congress.CongressScheduleService;
import de.ddnhamburg.network.domain.congress.CongressSessionService;
import de.ddnhamburg.network.domain.congress.CongressSpeakerService;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.components.TabListScroller;
import de.ddnhamburg.network.ui.congress.CongressView;
import de.ddnhamburg.network.ui.congress.print.CongressPrintView;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The editor of one congress edition for admins: status and its changes (each confirmed), and tabs
 * for the edition's fields, ticket categories, rooms and slots, sessions and speakers. Every change
 * goes through the admin services; the page reads the edition again afterwards.
 */
@Route(value = RoutePaths.CONGRESS_EDIT, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressEditorView extends Div implements BeforeEnterObserver, NamedTitle {

    public static final String ID = "id";

    private final CongressEditionService editions;
    private final CongressLifecycleService lifecycle;
    final CongressCategoryService categories;
    final CongressScheduleService schedule;
    final CongressSessionService sessions;
    final CongressSpeakerService speakers;
    final MemberAdministrationService members;
    private long congressId;
    private int selectedTab;
    private String title = "";

    public CongressEditorView(
            CongressEditionService editions,
            CongressLifecycleService lifecycle,
            CongressCategoryService categories,
            CongressScheduleService schedule,
            CongressSessionService sessions,
            CongressSpeakerService speakers,
            MemberAdministrationService members) {
        this.editions = editions;
        this.lifecycle = lifecycle;
        this.categories = categories;
        this.schedule = schedule;
        this.sessions = sessions;
        this.speakers = speakers;
        this.members = members;
        addClassName("congress-editor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long id) {
        congressId = id;
        CongressAdminDetails details = editions.details(id);
        removeAll();
        CongressEdit edition = details.edition();
        title = edition.draft().title() == null ? "" : edition.draft().title();
        RouterLink back = new RouterLink(getTranslation("congress.admin.title"), CongressAdministrationView.class);
        back.setId("congress-admin-back");
        H1 heading = new H1(title);
        heading.setId("congress-editor-title");
        Span status =
                new Span(getTranslation("congress.status." + edition.status().name()));
        status.setId("congress-status");
        status.getElement()
                .getThemeList()
                .add(edition.status() == CongressStatus.PUBLISHED ? "badge success" : "badge");
        add(new Paragraph(back), heading, new Div(status, lifecycleActions(edition)));
        RouterLink print = new RouterLink(
                getTranslation("congress.print.link"),
                CongressPrintView.class,
                new RouteParameters(Map.of(CongressPrintView.ID, String.valueOf(id))));
        print.setId("congress-print-link");
        add(new Paragraph(print));

        TabSheet tabs = new TabSheet();
        tabs.setId("congress-tabs");
        TabListScroller.tidy(tabs);
        tabs.setWidthFull();
        tabs.add(getTranslation("congress.tab.edition"), editionTab(edition));
        tabs.add(getTranslation("congress.tab.categories"), new CategoriesTab(this, details));
        tabs.add(getTranslation("congress.tab.schedule"), new ScheduleTab(this, details));
        tabs.add(getTranslation("congress.tab.sessions"), new SessionsTab(this, details, editions.groupChoices()));
        tabs.add(getTranslation("congress.tab.speakers"), new SpeakersTab(this, details));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    long congressId() {
        return congressId;
    }

    /** Reads the edition again and shows it, on the same tab. */
    void reload() {
        load(congressId);
    }

    /** Runs a change; a broken rule is shown, success is said, and the page is read again. */
    void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(doneKey);
        } catch (DomainException problem) {
            Notices.problem(problem);
        }
        reload();
    }

    private Component editionTab(CongressEdit edition) {
        EditionForm form = new EditionForm();
        form.show(edition.draft());
        Button save = new Button(getTranslation("congress.admin.save"), click -> {
            try {
                editions.update(congressId, edition.version(), form.draft());
                Notices.success("congress.admin.saved");
                reload();
            } catch (InvalidInputException e) {
                form.show(e);
            }
        });
        save.setId("congress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(edition.status() != CongressStatus.ARCHIVED);
        Paragraph taken = new Paragraph(getTranslation(
                "congress.admin.places", edition.taken(), edition.draft().capacity()));
        return new Div(taken, form, save);
    }

    private Component lifecycleActions(CongressEdit edition) {
        Div actions = new Div();
        actions.addClassName("congress-actions");
        switch (edition.status()) {
            case DRAFT ->
                actions.add(action(
                        "congress-publish",
                        "congress.admin.publish",
                        "congress.confirm.publish.",
                        () -> lifecycle.publish(congressId),
                        "congress.admin.published"));
            case PUBLISHED ->
                actions.add(action(
                        "congress-close",
                        "congress.admin.closeRegistration",
                        "congress.confirm.close.",
                        () -> lifecycle.closeRegistration(congressId),
                        "congress.admin.closed"));
            case REGISTRATION_CLOSED ->
                actions.add(
                        action(
                                "congress-reopen",
                                "congress.admin.reopen",
                                "congress.confirm.reopen.",
                                () -> lifecycle.reopenRegistration(congressId),
                                "congress.admin.reopened"),
                        action(
                                "congress-archive",
                                "congress.admin.archive",
                                "congress.confirm.archive.",
                                () -> lifecycle.archive(congressId),
                                "congress.admin.archived"));
            case ARCHIVED -> {
                // Nothing more to do with an archived edition.
            }
        }
        RouterLink dashboard = new RouterLink(
                getTranslation("congress.dashboard.heading"),
                CongressDashboardView.class,
                CongressAdministrationView.params(congressId));
        dashboard.setId("congress-dashboard-link");
        RouterLink registrations = new RouterLink(
                getTranslation("congress.registrations.heading"),
                CongressRegistrationsView.class,
                CongressAdministrationView.params(congressId));
        registrations.setId("congress-registrations-link");
        actions.add(dashboard, registrations);
        if (edition.status() != CongressStatus.ARCHIVED) {
            RouterLink page = new RouterLink(
                    getTranslation("congress.admin.publicPage"),
                    CongressView.class,
                    new RouteParameters(Map.of(CongressView.ID, String.valueOf(congressId))));
            page.setId("congress-public-page");
            actions.add(page);
        }
        RouterLink invoices = new RouterLink(
                getTranslation("congress.invoice.link"),
                CongressInvoicesView.class,
                CongressAdministrationView.params(congressId));
        invoices.setId("congress-invoices");
        actions.add(invoices);
        return actions;
    }

    private Button action(String id, String labelKey, String confirmPrefix, Runnable change, String doneKey) {
        Button button = new Button(
                getTranslation(labelKey),
                click -> Confirmation.ask(this, id + "-confirm", confirmPrefix, title, () -> act(change, doneKey)));
        button.setId(id);
        return button;
    }

    @Override
    public String titleName() {
        return title;
    }
}
