package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressItem;
import de.ddnhamburg.network.domain.congress.CongressLifecycleService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import de.ddnhamburg.network.ui.congress.registration.CongressApprovalsView;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The congress editions for admins: open one, start a new one, or copy last year's. */
@Route(value = RoutePaths.CONGRESS_ADMINISTRATION, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressAdministrationView extends Div implements TranslatedTitle {

    private final CongressEditionService editions;
    private final CongressLifecycleService lifecycle;

    public CongressAdministrationView(CongressEditionService editions, CongressLifecycleService lifecycle) {
        this.editions = editions;
        this.lifecycle = lifecycle;
        addClassName("congress-admin-view");
        RouterLink back = new RouterLink(getTranslation("admin.title"), SecurityLogView.class);
        Button create = new Button(getTranslation("congress.admin.new"), click -> openCreate());
        create.setId("congress-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(create);
        actions.addClassName("congress-actions");
        Optional<CongressItem> latest = lifecycle.latest();
        latest.ifPresent(item -> {
            Button copy = new Button(getTranslation("congress.admin.copy"), click -> openCopy(item));
            copy.setId("congress-copy");
            actions.add(copy);
        });
        // Registrations in categories that need approval wait there (decided per person, not per edition).
        RouterLink approvals =
                new RouterLink(getTranslation("congress.admin.approvalsLink"), CongressApprovalsView.class);
        approvals.setId("congress-approvals-link");
        add(new Paragraph(back), new H1(getTranslation("congress.admin.title")), actions, new Paragraph(approvals));
        List<CongressItem> all = editions.list();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("congress.admin.empty"));
            empty.setId("congress-admin-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Grid<CongressItem> grid = new Grid<>();
        grid.setId("congress-grid");
        grid.setEmptyStateText(getTranslation("congress.admin.empty.congresses"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> new RouterLink(item.title(), CongressEditorView.class, params(item.id())))
                .setHeader(getTranslation("congress.field.title"))
                .setFlexGrow(3);
        grid.addColumn(item -> CongressFormat.day(item.firstDay(), getLocale()))
                .setHeader(getTranslation("congress.field.firstDay"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation("congress.status." + item.status().name()))
                .setHeader(getTranslation("congress.admin.status"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation("congress.admin.places", item.taken(), item.capacity()))
                .setHeader(getTranslation("congress.admin.placesHeader"))
                .setAutoWidth(true);
        grid.addComponentColumn(item -> {
                    RouterLink dashboard = new RouterLink(
                            getTranslation("congress.dashboard.heading"),
                            CongressDashboardView.class,
                            params(item.id()));
                    dashboard.setId("congress-dashboard-" + item.id());
                    RouterLink registrations = new RouterLink(
                            getTranslation("congress.registrations.heading"),
                            CongressRegistrationsView.class,
                            params(item.id()));
                    registrations.setId("congress-registrations-" + item.id());
                    Div links = new Div(dashboard, registrations);
                    links.addClassName("desk-grid-links");
                    return links;
                })
                .setHeader(getTranslation("congress.desk.pages"))
                .setKey("desk")
                .setAutoWidth(true);
        grid.setItems(all);
        add(grid);
    }

    static RouteParameters params(long id) {
        return new RouteParameters(Map.of(CongressEditorView.ID, String.valueOf(id)));
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("congress.admin.new"));
        dialog.setId("congress-new-dialog");
        dialog.setWidth("min(56rem, 95vw)");
        EditionForm form = new EditionForm();
        Button save = new Button(getTranslation("congress.admin.create"), click -> {
            try {
                long id = editions.create(form.draft());
                dialog.close();
                Notices.success("congress.admin.created");
                getUI().ifPresent(ui -> ui.navigate(CongressEditorView.class, params(id)));
            } catch (InvalidInputException e) {
                form.mark(e);
            }
        });
        save.setId("congress-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("confirm.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openCopy(CongressItem latest) {
        Dialog dialog = new Dialog(getTranslation("congress.admin.copyTitle", latest.title()));
        dialog.setId("congress-copy-dialog");
        DatePicker day = new DatePicker(getTranslation("congress.admin.copyDay"));
        day.setId("congress-copy-day");
        day.setValue(latest.firstDay().plusYears(1));
        FieldProblems problems = new FieldProblems(dialog);
        problems.field(de.ddnhamburg.network.domain.congress.CongressRules.FIRST_DAY, day);
        Button copy = new Button(getTranslation("congress.admin.copyConfirm"), click -> {
            try {
                long id = lifecycle.copy(latest.id(), day.getValue() == null ? latest.firstDay() : day.getValue());
                dialog.close();
                Notices.success("congress.admin.copied");
                getUI().ifPresent(ui -> ui.navigate(CongressEditorView.class, params(id)));
            } catch (InvalidInputException e) {
                problems.mark(e);
            }
        });
        copy.setId("congress-copy-confirm");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("congress.admin.copyText")), day);
        dialog.getFooter().add(new Button(getTranslation("confirm.cancel"), click -> dialog.close()), copy);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "congress.admin.title";
    }
}
